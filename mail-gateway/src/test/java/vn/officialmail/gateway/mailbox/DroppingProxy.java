package vn.officialmail.gateway.mailbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on loopback in front of a test server that cuts every open connection once, after
 * the server has sent a given number of bytes: a connection dropped in the middle of a fetch.
 */
final class DroppingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final long dropAfterBytes;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicBoolean armed = new AtomicBoolean(true);
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    final AtomicInteger drops = new AtomicInteger();

    DroppingProxy(int targetPort, long dropAfterBytes) throws IOException {
        this.targetPort = targetPort;
        this.dropAfterBytes = dropAfterBytes;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("dropping-proxy").start(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(server);
                Thread.ofPlatform().daemon().start(() -> pump(client, server, false));
                Thread.ofPlatform().daemon().start(() -> pump(server, client, true));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, boolean fromServer) {
        byte[] buffer = new byte[4096];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
                if (fromServer && sent.addAndGet(n) > dropAfterBytes && armed.compareAndSet(true, false)) {
                    drops.incrementAndGet();
                    for (Socket socket : open) {
                        socket.close();
                    }
                    return;
                }
            }
        } catch (IOException e) {
            // the other side closed, or the drop
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : open) {
            closeQuietly(socket);
        }
    }
}
