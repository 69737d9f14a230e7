package org.policywatch.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirLockTest {
    @TempDir
    Path dir;

    @Test
    void secondHolderIsRefusedUntilTheFirstReleases() throws Exception {
        try (DataDirLock first = DataDirLock.acquire(dir.resolve("data"))) {
            assertThatThrownBy(() -> DataDirLock.acquire(dir.resolve("data")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("in use");
        }
        DataDirLock.acquire(dir.resolve("data")).close();
    }
}
