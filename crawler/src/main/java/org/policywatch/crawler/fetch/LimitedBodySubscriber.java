package org.policywatch.crawler.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body but stops (cancelling the exchange) as soon as it passes the limit, or
 * at once when Content-Length already announces more.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final long limit;
    private final long declaredLength;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Flow.Subscription subscription;
    private long total;

    LimitedBodySubscriber(long limit, long declaredLength) {
        this.limit = limit;
        this.declaredLength = declaredLength;
    }

    /** A handler that limits every body to {@code limit} bytes on the wire. */
    static HttpResponse.BodyHandler<byte[]> handler(long limit) {
        return info -> new LimitedBodySubscriber(limit,
                info.headers().firstValueAsLong("Content-Length").orElse(-1L));
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        this.subscription = s;
        if (declaredLength > limit) {
            s.cancel();
            result.completeExceptionally(new BodyDecoder.BodyTooLargeException(limit, "(Content-Length " + declaredLength + ")"));
            return;
        }
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            total += item.remaining();
            if (total > limit) {
                subscription.cancel();
                result.completeExceptionally(new BodyDecoder.BodyTooLargeException(limit, "on the wire"));
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            out.write(chunk, 0, chunk.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(out.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
