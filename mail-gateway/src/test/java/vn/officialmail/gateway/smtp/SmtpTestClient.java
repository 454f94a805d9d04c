package vn.officialmail.gateway.smtp;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** A raw SMTP client for socket-level tests: sends exactly the bytes given, reads replies. */
final class SmtpTestClient implements AutoCloseable {

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;

    SmtpTestClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        out = socket.getOutputStream();
        reply(); // greeting
    }

    /** Sends a command line (CRLF added) and returns the last line of the reply. */
    String command(String line) throws IOException {
        write(line + "\r\n");
        return reply();
    }

    void write(String text) throws IOException {
        write(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Reads one line of a reply. */
    String replyLine() throws IOException {
        String line = in.readLine();
        if (line == null) {
            throw new IOException("connection closed");
        }
        return line;
    }

    /** Reads a whole (possibly multi-line) reply and returns its last line. */
    String reply() throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                throw new IOException("connection closed");
            }
        } while (line.length() > 3 && line.charAt(3) == '-');
        return line;
    }

    /** The reply if one arrives within the timeout, else null. */
    String replyWithin(int millis) throws IOException {
        int previous = socket.getSoTimeout();
        socket.setSoTimeout(millis);
        try {
            return reply();
        } catch (SocketTimeoutException e) {
            return null;
        } finally {
            socket.setSoTimeout(previous);
        }
    }

    /** EHLO, MAIL, RCPT, DATA: ready for the message bytes. */
    void startData(String from, String to) throws IOException {
        command("EHLO client.test");
        command("MAIL FROM:<" + from + ">");
        command("RCPT TO:<" + to + ">");
        String reply = command("DATA");
        if (!reply.startsWith("354")) {
            throw new IOException("DATA refused: " + reply);
        }
    }

    /**
     * Sends a message as DATA content: dot-stuffed (RFC 5321 §4.5.2) and ended with
     * {@code <CRLF>.<CRLF>}; the message itself must end with CRLF. Returns the reply.
     */
    String sendMessage(byte[] message) throws IOException {
        write(dotStuffed(message));
        write(".\r\n");
        return reply();
    }

    /**
     * Doubles a period that starts a line (after CRLF), as a sending client must. A bare LF does
     * not start a line in SMTP, so a period after it is left alone.
     */
    static byte[] dotStuffed(byte[] message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(message.length + 64);
        int previous = '\n';
        int beforePrevious = '\r';
        for (byte b : message) {
            if (b == '.' && previous == '\n' && beforePrevious == '\r') {
                out.write('.');
            }
            out.write(b);
            beforePrevious = previous;
            previous = b;
        }
        return out.toByteArray();
    }

    /** Half-closes: the server sees the end of the stream while we can still read its replies. */
    void shutdownOutput() throws IOException {
        socket.shutdownOutput();
    }

    /** Whether the server closed the connection (end of stream, or a reset) within the timeout. */
    boolean closedByServer(int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            while (in.readLine() != null) {
                // drain whatever the server said before closing
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // connection reset: the server closed with our unread bytes in its buffer
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
