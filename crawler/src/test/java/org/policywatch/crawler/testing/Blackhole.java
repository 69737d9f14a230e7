package org.policywatch.crawler.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A port on 127.0.0.1 that never completes a TCP handshake: a listening socket that accepts
 * nothing, with its (tiny) accept queue filled, so further connection attempts hang until the
 * client's connect time-out.
 */
public final class Blackhole implements AutoCloseable {
    private final ServerSocket socket;
    private final List<Socket> fillers = new ArrayList<>();

    /** Opens the port and fills its queue. */
    public Blackhole() throws IOException {
        socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        for (int i = 0; i < 8; i++) {
            Socket s = new Socket();
            try {
                s.connect(socket.getLocalSocketAddress(), 200);
                fillers.add(s);
            } catch (IOException e) {
                s.close();
                return; // the queue is full
            }
        }
        throw new IOException("the accept queue did not fill up");
    }

    /** http://127.0.0.1:PORT */
    public String base() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        for (Socket s : fillers) {
            s.close();
        }
        socket.close();
    }
}
