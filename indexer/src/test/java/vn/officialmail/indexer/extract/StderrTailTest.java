package vn.officialmail.indexer.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The end of a worker's standard error, bounded and on one line, for the reason of a dead worker. */
class StderrTailTest {

    @Test
    void tailShouldKeepOnlyTheEndOnOneLine() {
        String chatter = "noise line\n".repeat(2000) + "Exception in thread \"main\" java.lang.StackOverflowError\n"
                + "\tat org.example.Parser.parse(Parser.java:42)\n";
        StderrTail tail = StderrTail.of(new ByteArrayInputStream(chatter.getBytes(UTF_8)));
        tail.awaitEnd(Duration.ofSeconds(5));

        assertThat(tail.tail())
                .hasSizeLessThanOrEqualTo(StderrTail.REASON_CHARS + 1)
                .startsWith("…")
                .endsWith("java.lang.StackOverflowError | at org.example.Parser.parse(Parser.java:42)")
                .doesNotContain("\n")
                .doesNotContain("\t");
    }

    @Test
    void tailShouldLeaveOutWhatCameBeforeTheMark() throws Exception {
        java.io.PipedOutputStream worker = new java.io.PipedOutputStream();
        StderrTail tail = StderrTail.of(new java.io.PipedInputStream(worker));
        worker.write("SLF4J(W): No SLF4J providers were found.\n".getBytes(UTF_8));
        worker.flush();
        for (int i = 0; i < 500 && !tail.tail().contains("SLF4J"); i++) {
            Thread.sleep(10); // the drain thread reads it
        }
        assertThat(tail.tail()).contains("SLF4J");

        tail.mark();
        worker.write("Terminating due to java.lang.OutOfMemoryError: Java heap space\n".getBytes(UTF_8));
        worker.close();
        tail.awaitEnd(Duration.ofSeconds(5));

        assertThat(tail.tail()).isEqualTo("Terminating due to java.lang.OutOfMemoryError: Java heap space");
    }

    @Test
    void tailShouldBeEmptyWhenTheWorkerSaidNothing() {
        StderrTail tail = StderrTail.of(new ByteArrayInputStream(new byte[0]));
        tail.awaitEnd(Duration.ofSeconds(5));

        assertThat(tail.tail()).isEmpty();
    }
}
