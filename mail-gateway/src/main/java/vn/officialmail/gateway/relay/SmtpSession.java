package vn.officialmail.gateway.relay;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One SMTP session with the next hop (RFC 5321 §3.1–3.3, §4.1): greeting, EHLO, then one mail
 * transaction that sends the original's bytes as they are.
 *
 * <p>Written for the relay rather than using Angus Mail's {@code SMTPTransport} or SubEthaSMTP's
 * {@code SmartClient}, because the relay needs what those hide or fix: the reply to each RCPT TO
 * (to bounce some recipients and retry others), {@code BODY=8BITMIME} when the content has 8-bit
 * bytes (RFC 6152; Angus never sends it), envelope addresses passed verbatim (no {@code
 * InternetAddress} parsing) and a configured, bounded time for every step, writes included
 * (SmartClient waits up to ten minutes per reply).
 *
 * <p>The only changes made to the bytes are those SMTP itself requires: dot-stuffing (RFC 5321
 * §4.5.2) and CRLF line ends (§2.3.8). A message received by SMTP already ends its lines with
 * CRLF and so arrives byte for byte; a bare CR or LF becomes CRLF, so that nothing in the content
 * can end DATA early at a next hop that accepts bare line ends ("SMTP smuggling").
 */
final class SmtpSession implements AutoCloseable {

    private static final int MAX_LINE = 8192;
    private static final int MAX_REPLY_LINES = 1000;
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] END_OF_DATA = {'.', '\r', '\n'};

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String remote;
    private final Duration deadline;
    private final ScheduledFuture<?> watchdog;
    private final Set<String> extensions = new HashSet<>();
    private volatile boolean expired;

    private SmtpSession(Socket socket, String remote, Duration deadline, ScheduledExecutorService watchdogs)
            throws IOException {
        this.socket = socket;
        this.remote = remote;
        this.deadline = deadline;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
        // SO_TIMEOUT bounds each read, but a write to a next hop that stops reading would block
        // for ever: the watchdog closes the socket when the whole session runs past its deadline.
        this.watchdog = watchdogs.schedule(this::expire, deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Connects and says EHLO (HELO if EHLO is refused).
     *
     * @param deadline the most the whole session may take, see {@link #deadline(Duration, int)}
     * @throws SmtpReplyException if the next hop refuses the session
     * @throws IOException if it cannot be reached or the connection breaks
     */
    static SmtpSession open(
            String host,
            int port,
            String heloName,
            Duration timeout,
            Duration deadline,
            ScheduledExecutorService watchdogs)
            throws IOException {
        Socket socket = new Socket();
        try {
            int millis = Math.toIntExact(Math.max(1, timeout.toMillis()));
            socket.connect(new InetSocketAddress(host, port), millis);
            socket.setSoTimeout(millis);
            // Each command waits for its reply: Nagle's algorithm with delayed ACKs would add ~40 ms a step.
            socket.setTcpNoDelay(true);
            SmtpSession session = new SmtpSession(socket, host + ":" + port, deadline, watchdogs);
            try {
                session.handshake(heloName);
            } catch (IOException | RuntimeException e) {
                session.close();
                throw e;
            }
            return session;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** The most a session may take: a timeout for each command and reply, and some for the data. */
    static Duration deadline(Duration timeout, int recipients) {
        return timeout.multipliedBy(8L + recipients);
    }

    /**
     * Runs one mail transaction: MAIL FROM, RCPT TO for each recipient, DATA with the content.
     *
     * @param mailFrom the reverse path, empty for the null reverse path {@code <>}
     * @param recipients the forward paths
     * @param content the message, sent as it is (see the class comment)
     * @return which recipients the next hop accepted and why the others failed
     * @throws IOException if the connection breaks or times out; the outcome is then unknown
     */
    DeliveryAttempt send(String mailFrom, List<String> recipients, byte[] content) throws IOException {
        try {
            return transact(mailFrom, recipients, content);
        } catch (IOException e) {
            if (expired) {
                throw new SocketTimeoutException(remote + " session ran past its deadline of " + deadline);
            }
            throw e;
        }
    }

    private DeliveryAttempt transact(String mailFrom, List<String> recipients, byte[] content) throws IOException {
        if (!RelayQueue.isSafeAddress(mailFrom)) {
            return DeliveryAttempt.allFailed(
                    recipients, DeliveryFailure.local("5.1.7", "bad sender address syntax: " + mailFrom));
        }
        SmtpReply mail = command("MAIL FROM:<" + mailFrom + ">" + mailParameters(mailFrom, recipients, content));
        if (!mail.positive()) {
            return DeliveryAttempt.allFailed(recipients, DeliveryFailure.of(mail));
        }
        List<String> accepted = new ArrayList<>();
        Map<String, DeliveryFailure> failed = new LinkedHashMap<>();
        for (String recipient : recipients) {
            if (recipient.isEmpty() || !RelayQueue.isSafeAddress(recipient)) {
                failed.put(recipient, DeliveryFailure.local("5.1.3", "bad recipient address syntax: " + recipient));
                continue;
            }
            SmtpReply rcpt = command("RCPT TO:<" + recipient + ">");
            if (rcpt.positive()) {
                accepted.add(recipient);
            } else {
                failed.put(recipient, DeliveryFailure.of(rcpt));
            }
        }
        if (accepted.isEmpty()) {
            return new DeliveryAttempt(List.of(), failed);
        }
        SmtpReply data = command("DATA");
        if (data.code() != 354) {
            accepted.forEach(r -> failed.put(r, DeliveryFailure.of(data)));
            return new DeliveryAttempt(List.of(), failed);
        }
        writeData(content, out);
        out.flush();
        SmtpReply end = read();
        if (!end.positive()) {
            accepted.forEach(r -> failed.put(r, DeliveryFailure.of(end)));
            return new DeliveryAttempt(List.of(), failed);
        }
        return new DeliveryAttempt(accepted, failed);
    }

    /** Sends QUIT and closes; the transaction's outcome is already known, so errors here are moot. */
    @Override
    public void close() {
        try {
            if (!socket.isClosed()) {
                writeLine("QUIT");
                read();
            }
        } catch (IOException e) {
            // The mail transaction ended before QUIT: a lost QUIT reply changes nothing.
        } finally {
            watchdog.cancel(false);
            try {
                socket.close();
            } catch (IOException e) {
                // Closing a socket that failed already: nothing is left to release.
            }
        }
    }

    /**
     * Writes the content as DATA (RFC 5321 §4.5.2): a dot at the start of a line is doubled, every
     * line ends with CRLF, and the end-of-data line {@code .} follows.
     */
    static void writeData(byte[] content, OutputStream out) throws IOException {
        int start = 0;
        boolean lineStart = true;
        for (int i = 0; i < content.length; i++) {
            byte b = content[i];
            if (b == '\r' || b == '\n') {
                out.write(content, start, i - start);
                out.write(CRLF);
                if (b == '\r' && i + 1 < content.length && content[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
                lineStart = true;
            } else {
                if (lineStart && b == '.') {
                    out.write(content, start, i - start);
                    out.write('.');
                    start = i; // the original dot follows with the rest of the line
                }
                lineStart = false;
            }
        }
        out.write(content, start, content.length - start);
        if (!lineStart) {
            out.write(CRLF);
        }
        out.write(END_OF_DATA);
    }

    private void handshake(String heloName) throws IOException {
        SmtpReply greeting = read();
        if (!greeting.positive()) {
            throw new SmtpReplyException(remote + " refused the session", greeting);
        }
        SmtpReply ehlo = command("EHLO " + heloName);
        if (ehlo.positive()) {
            String[] lines = ehlo.text().split("\n");
            for (int i = 1; i < lines.length; i++) {
                extensions.add(lines[i].strip().split(" ", 2)[0].toUpperCase(Locale.ROOT));
            }
            return;
        }
        SmtpReply helo = command("HELO " + heloName);
        if (!helo.positive()) {
            throw new SmtpReplyException(remote + " refused EHLO and HELO", helo);
        }
    }

    private String mailParameters(String mailFrom, List<String> recipients, byte[] content) {
        StringBuilder parameters = new StringBuilder();
        if (extensions.contains("SIZE")) {
            parameters.append(" SIZE=").append(content.length); // RFC 1870
        }
        if (extensions.contains("8BITMIME") && hasEightBit(content)) {
            parameters.append(" BODY=8BITMIME"); // RFC 6152
        }
        boolean utf8Envelope = !isAscii(mailFrom) || recipients.stream().anyMatch(r -> !isAscii(r));
        if (utf8Envelope && extensions.contains("SMTPUTF8")) {
            parameters.append(" SMTPUTF8"); // RFC 6531
        }
        return parameters.toString();
    }

    private SmtpReply command(String line) throws IOException {
        writeLine(line);
        return read();
    }

    private void writeLine(String line) throws IOException {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.write(CRLF);
        out.flush();
    }

    /** Reads a reply; the lines of a multi-line reply (RFC 5321 §4.2.1) are joined by LF. */
    private SmtpReply read() throws IOException {
        StringBuilder text = new StringBuilder();
        String code = null;
        for (int n = 0; n < MAX_REPLY_LINES; n++) {
            String line = readLine();
            boolean last = line.length() == 3 || (line.length() > 3 && line.charAt(3) == ' ');
            boolean more = line.length() > 3 && line.charAt(3) == '-';
            if (!line.matches("[1-5]\\d\\d.*") || !(last || more) || (code != null && !line.startsWith(code))) {
                throw new IOException("Malformed reply from " + remote + ": " + line);
            }
            code = line.substring(0, 3);
            if (n > 0) {
                text.append('\n');
            }
            text.append(line.length() > 4 ? line.substring(4) : "");
            if (last) {
                return new SmtpReply(Integer.parseInt(code), text.toString());
            }
        }
        throw new IOException("Reply from " + remote + " has more than " + MAX_REPLY_LINES + " lines");
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != '\n') {
            if (b == -1) {
                throw new EOFException("Connection closed by " + remote);
            }
            if (line.size() == MAX_LINE) {
                throw new IOException("Reply line from " + remote + " is longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private void expire() {
        expired = true;
        try {
            socket.close();
        } catch (IOException e) {
            // The blocked read or write fails now, which is all the watchdog is for.
        }
    }

    private static boolean hasEightBit(byte[] content) {
        for (byte b : content) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 0x80);
    }
}
