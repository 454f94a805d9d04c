package vn.officialmail.indexer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.officialmail.indexer.index.IndexedMessage;
import vn.officialmail.indexer.index.LuceneMailIndex;
import vn.officialmail.indexer.index.MessageLabels;
import vn.officialmail.indexer.search.Access;
import vn.officialmail.indexer.search.SearchRequest;
import vn.officialmail.indexer.search.SortOrder;

/**
 * Indexing throughput of text-only 5 KB Vietnamese messages (issue 5: target ≥ 2,000 msg/s), then
 * search latency p50/p95/p99 over the index it built, as a unit-restricted user with facets, then without. Not a
 * test: {@code bench/index-load.sh} runs it.
 *
 * <p>Arguments: {@code MESSAGES} (default 100,000), {@code THREADS} (writers, default 2), {@code
 * QUERIES} (default 1,000), {@code DIR} (index directory, default a new temporary one, deleted
 * afterwards unless given). Messages are generated from a fixed seed: words of official
 * correspondence drawn with a Zipf-like skew, labels spread over 20 units, 12 types and 24 months.
 */
public final class IndexLoad {

    private static final String[] WORDS =
            ("công văn giấy mời họp giao ban báo cáo kế hoạch quyết định thông báo tờ trình đề nghị"
                            + " ủy ban nhân dân sở tư pháp tài chính văn phòng bộ trưởng thứ trưởng giám đốc phó"
                            + " đồng chí lãnh đạo đơn vị phòng ban cán bộ công chức viên chức hồ sơ thủ tục hành chính"
                            + " ngân sách dự toán quyết toán năm quý tháng tuần ngày thời gian địa điểm hội trường"
                            + " triển khai thực hiện nhiệm vụ chỉ đạo điều hành kiểm tra giám sát thanh tra đánh giá"
                            + " tổng kết sơ kết khen thưởng kỷ luật tuyển dụng đào tạo bồi dưỡng nâng lương bổ nhiệm"
                            + " dự thảo góp ý ý kiến văn bản quy phạm pháp luật nghị định thông tư chỉ thị hướng dẫn"
                            + " chuyển đổi số cải cách hành chính dịch vụ công trực tuyến một cửa liên thông"
                            + " kính gửi trân trọng đề nghị các cơ quan tổ chức cá nhân có liên quan phối hợp"
                            + " số liệu thống kê tình hình kết quả tồn tại hạn chế nguyên nhân giải pháp phương hướng")
                    .split(" ");

    private static final String[] TYPES = {
        "cong-van", "giay-moi", "bao-cao", "ke-hoach", "quyet-dinh", "thong-bao",
        "to-trinh", "chuong-trinh", "huong-dan", "bien-ban", "cong-dien", "giay-gioi-thieu"
    };

    /**
     * {@code -Dsearching=true}: a user searches once a second while the messages are indexed, so the
     * searcher is reopened twice a second as in a gateway in use (without searches it is not).
     */
    private static final boolean SEARCHING = Boolean.getBoolean("searching");

    private IndexLoad() {}

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        boolean keep = args.length > 3;
        Path dir = keep ? Path.of(args[3]) : Files.createTempDirectory("om-index-load");
        System.out.printf(
                "messages=%d threads=%d queries=%d dir=%s cores=%d%n",
                messages, threads, queries, dir, Runtime.getRuntime().availableProcessors());
        try (LuceneMailIndex index = LuceneMailIndex.open(dir)) {
            long existing = index.count();
            if (existing < messages) {
                indexAll(index, (int) existing, messages, threads);
            } else {
                System.out.printf("index already holds %d messages: search only%n", existing);
            }
            searchLatency(index, queries, true);
            searchLatency(index, queries, false);
        } finally {
            if (!keep) {
                try (var paths = Files.walk(dir)) {
                    paths.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static void indexAll(LuceneMailIndex index, int from, int to, int threads) throws Exception {
        int total = to - from;
        int warmup = Math.min(5_000, total / 10);
        writeRange(index, from, from + warmup, threads);
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        Thread searcher = SEARCHING ? searchEverySecond(index) : null;
        writeRange(index, from + warmup, to, threads);
        if (searcher != null) {
            searcher.interrupt();
            searcher.join();
        }
        index.commit(Integer.toString(to));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMillis = (processCpuNanos() - cpuStart) / 1e6;
        int measured = total - warmup;
        System.out.printf(
                "indexed %d messages of ~5 KB in %.2f s (after %d warm-up, commit included%s): %.0f msg/s, %.1f MB/s;"
                        + " process CPU %.3f ms per message (%.0f msg/s per core)%n",
                measured,
                seconds,
                warmup,
                SEARCHING ? ", one search a second meanwhile" : ", no search meanwhile",
                measured / seconds,
                measured * 5.0 / 1024 / seconds,
                cpuMillis / measured,
                measured / (cpuMillis / 1000));
    }

    private static Thread searchEverySecond(LuceneMailIndex index) {
        return Thread.ofPlatform().daemon().start(() -> {
            Random random = new Random(7);
            try {
                while (true) {
                    Thread.sleep(1_000);
                    index.search(request("giay moi hop", random, true));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** CPU time of the whole process (every thread, the JIT and GC too): comparable on a busy machine. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void writeRange(LuceneMailIndex index, int from, int to, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int id = from + thread; id < to; id += threads) {
                        index.index(message(id));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    static IndexedMessage message(int id) {
        Random random = new Random(id);
        String subject = appendWords(new StringBuilder(), random, 8).toString();
        StringBuilder body = new StringBuilder(5_200);
        while (body.length() < 5_000) {
            appendWords(body, random, 12).append(". ");
        }
        String unit = "DV" + (id % 20);
        Instant received = Instant.parse("2024-01-01T01:00:00Z").plusSeconds((long) (id % 730) * 86_400 + id % 3600);
        return new IndexedMessage(
                id,
                subject,
                body.toString(),
                "van.thu" + (id % 500) + "@don-vi" + (id % 50) + ".gov.vn",
                "don-vi" + (id % 50) + ".gov.vn",
                List.of("hop-thu@" + unit.toLowerCase() + ".moj.gov.vn"),
                id % 10 == 0 ? "PERSONAL" : "OFFICIAL",
                received,
                id % 3 == 0 ? Optional.of(id + "/QĐ-UBND") : Optional.empty(),
                List.of(),
                new MessageLabels(
                        Optional.of(TYPES[id % TYPES.length]), List.of(), List.of(unit), id % 97 == 0, "PROCESSED"));
    }

    /**
     * Words with a skew: low indexes are much more frequent, as in real text. Appended in place: the
     * generator's garbage was a tenth of the measured CPU.
     */
    private static StringBuilder appendWords(StringBuilder text, Random random, int count) {
        for (int i = 0; i < count; i++) {
            double u = random.nextDouble();
            int index = (int) (WORDS.length * u * u * u);
            if (i > 0) {
                text.append(' ');
            }
            text.append(WORDS[index]);
        }
        return text;
    }

    private static void searchLatency(LuceneMailIndex index, int queries, boolean facets) {
        index.refresh();
        String[] texts = {
            "giay moi hop", "\"kế hoạch\" loai:ke-hoach", "bao cao tai chinh ngay:2024-05", "quyết định khen thưởng",
            "kenh:personal gop y du thao", "tu:don-vi7.gov.vn", "chuyen doi so", "thanh tra kiem tra sau:2025-06",
            "ngan sach du toan quy", "cai cach hanh chinh mot cua"
        };
        Random random = new Random(42);
        for (int i = 0; i < Math.min(200, queries); i++) { // warm-up
            index.search(request(texts[i % texts.length], random, facets));
        }
        long[] nanos = new long[queries];
        long hits = 0;
        for (int i = 0; i < queries; i++) {
            SearchRequest request = request(texts[i % texts.length], random, facets);
            long start = System.nanoTime();
            hits += index.search(request).total();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "search over %d messages, %d queries (unit-restricted, %s, 20 hits, highlights):"
                        + " p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (mean total %d)%n",
                index.count(),
                queries,
                facets ? "facets" : "no facets",
                nanos[queries / 2] / 1e6,
                nanos[(int) (queries * 0.95)] / 1e6,
                nanos[(int) (queries * 0.99)] / 1e6,
                nanos[queries - 1] / 1e6,
                hits / queries);
    }

    private static SearchRequest request(String text, Random random, boolean facets) {
        return SearchRequest.of(text)
                .withAccess(Access.unitsOnly(Set.of("DV" + random.nextInt(20))))
                .withSortAndFacets(SortOrder.RELEVANCE, facets);
    }
}
