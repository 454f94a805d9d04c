package vn.officialmail.gateway.trust;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Master;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;

/**
 * A real DNS server on 127.0.0.1 (UDP and TCP on the same random port) serving records defined by
 * the test: NXDOMAIN for names it does not have, NOERROR with an SOA for missing types, SERVFAIL or
 * silence for names told to fail, and truncated UDP answers on request so clients retry over TCP.
 * Loopback only; it stops when closed.
 */
public final class LoopbackDnsServer implements AutoCloseable {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final Map<Name, List<Record>> records = new ConcurrentHashMap<>();
    private final Set<Name> servfail = ConcurrentHashMap.newKeySet();
    private final Set<Name> silent = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> queries = new ConcurrentHashMap<>();
    private final AtomicInteger tcpQueries = new AtomicInteger();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final DatagramSocket udp;
    private final ServerSocket tcp;
    private volatile boolean truncateUdp;
    private volatile boolean running = true;

    private LoopbackDnsServer(DatagramSocket udp, ServerSocket tcp) {
        this.udp = udp;
        this.tcp = tcp;
    }

    /** Starts a server on a free loopback port. */
    public static LoopbackDnsServer start() throws IOException {
        for (int attempt = 0; ; attempt++) {
            DatagramSocket udp = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
            try {
                ServerSocket tcp = new ServerSocket();
                tcp.bind(new InetSocketAddress(LOOPBACK, udp.getLocalPort()));
                LoopbackDnsServer server = new LoopbackDnsServer(udp, tcp);
                server.startThreads();
                return server;
            } catch (IOException e) {
                udp.close();
                if (attempt > 20) {
                    throw e;
                }
            }
        }
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(LOOPBACK, udp.getLocalPort());
    }

    /** Adds records in zone-file form, one per line: {@code moj.gov.vn. 300 IN TXT "v=spf1 -all"}. */
    public LoopbackDnsServer zone(String... lines) {
        String text = String.join("\n", lines) + "\n";
        try (Master master =
                new Master(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Name.root, 300)) {
            Record record;
            while ((record = master.nextRecord()) != null) {
                add(record);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        return this;
    }

    /** A TXT record of any length, split into 255-octet strings as DNS requires. */
    public LoopbackDnsServer txt(String name, long ttl, String text) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < text.length(); i += 255) {
            parts.add(text.substring(i, Math.min(text.length(), i + 255)));
        }
        add(new TXTRecord(name(name), DClass.IN, ttl, parts));
        return this;
    }

    public LoopbackDnsServer txt(String name, String text) {
        return txt(name, 300, text);
    }

    /** Answers SERVFAIL for this name. */
    public LoopbackDnsServer servfail(String name) {
        servfail.add(name(name));
        return this;
    }

    /** Never answers for this name (the client times out). */
    public LoopbackDnsServer silent(String name) {
        silent.add(name(name));
        return this;
    }

    /** Answers every UDP query with an empty truncated (TC) reply, so clients ask again over TCP. */
    public LoopbackDnsServer truncateUdp(boolean truncate) {
        this.truncateUdp = truncate;
        return this;
    }

    /** How many queries (UDP and TCP) asked for this name, any type. */
    public int queries(String name) {
        AtomicInteger count = queries.get(name(name).toString().toLowerCase());
        return count == null ? 0 : count.get();
    }

    public int tcpQueries() {
        return tcpQueries.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        udp.close();
        try {
            tcp.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Thread thread : threads) {
            thread.join(2000);
        }
    }

    private void add(Record record) {
        records.computeIfAbsent(record.getName(), n -> new CopyOnWriteArrayList<>())
                .add(record);
    }

    private static Name name(String name) {
        try {
            return Name.fromString(name, Name.root);
        } catch (TextParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private void startThreads() {
        Thread udpThread = new Thread(this::serveUdp, "loopback-dns-udp");
        Thread tcpThread = new Thread(this::serveTcp, "loopback-dns-tcp");
        for (Thread thread : List.of(udpThread, tcpThread)) {
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    private void serveUdp() {
        byte[] buffer = new byte[4096];
        while (running) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                udp.receive(packet);
                Message query = new Message(Arrays.copyOf(packet.getData(), packet.getLength()));
                Message response = answer(query, true);
                if (response != null) {
                    byte[] wire = response.toWire(1232);
                    udp.send(new DatagramPacket(wire, wire.length, packet.getSocketAddress()));
                }
            } catch (SocketException e) {
                return; // closed
            } catch (IOException e) {
                // a malformed query: ignore it, as a server would
            }
        }
    }

    private void serveTcp() {
        while (running) {
            try (Socket socket = tcp.accept()) {
                socket.setSoTimeout(5000);
                DataInputStream in = new DataInputStream(socket.getInputStream());
                DataOutputStream out = new DataOutputStream(socket.getOutputStream());
                byte[] wire = new byte[in.readUnsignedShort()];
                in.readFully(wire);
                tcpQueries.incrementAndGet();
                Message response = answer(new Message(wire), false);
                if (response != null) {
                    byte[] reply = response.toWire();
                    out.writeShort(reply.length);
                    out.write(reply);
                    out.flush();
                }
            } catch (SocketException e) {
                if (!running) {
                    return;
                }
            } catch (IOException e) {
                // one bad connection: serve the next
            }
        }
    }

    private Message answer(Message query, boolean overUdp) {
        Record question = query.getQuestion();
        Name name = question.getName();
        queries.computeIfAbsent(name.toString().toLowerCase(), n -> new AtomicInteger())
                .incrementAndGet();
        if (silent.contains(name)) {
            return null;
        }
        Message response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setFlag(Flags.RA);
        if (query.getHeader().getFlag(Flags.RD)) {
            response.getHeader().setFlag(Flags.RD);
        }
        response.addRecord(question, Section.QUESTION);
        if (servfail.contains(name)) {
            response.getHeader().setRcode(Rcode.SERVFAIL);
            return response;
        }
        if (overUdp && truncateUdp) {
            response.getHeader().setFlag(Flags.TC);
            return response;
        }
        List<Record> atName = records.get(name);
        if (atName == null) {
            response.getHeader().setRcode(Rcode.NXDOMAIN);
            response.addRecord(soa(name), Section.AUTHORITY);
            return response;
        }
        boolean any = false;
        for (Record record : atName) {
            if (record.getType() == question.getType()) {
                response.addRecord(record, Section.ANSWER);
                any = true;
            }
        }
        if (!any) {
            response.addRecord(soa(name), Section.AUTHORITY);
        }
        return response;
    }

    private static SOARecord soa(Name name) {
        // Owned by the asked name itself: resolvers only read its TTL and MINIMUM (RFC 2308).
        try {
            return new SOARecord(
                    name,
                    DClass.IN,
                    60,
                    Name.fromString("ns." + name),
                    Name.fromString("hostmaster." + name),
                    1,
                    3600,
                    600,
                    86400,
                    60);
        } catch (TextParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
