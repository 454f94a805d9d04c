package vn.officialmail.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.officialmail.indexer.index.IndexedMessages.message;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.officialmail.indexer.search.SearchHit;
import vn.officialmail.indexer.search.SearchRequest;

class SwappableMailIndexTest {

    @TempDir
    Path root;

    @Test
    void rebuildShouldReplaceTheIndexOnlyOnceTheNewOneIsComplete() throws Exception {
        Path dir = root.resolve("index");
        try (SwappableMailIndex index = SwappableMailIndex.open(dir)) {
            index.index(message(1, "Cũ", "thư cũ sẽ biến mất"));
            index.refresh();
            CountDownLatch filling = new CountDownLatch(1);
            CountDownLatch checked = new CountDownLatch(1);
            Thread rebuild = Thread.ofPlatform()
                    .start(() -> index.rebuild(aside -> {
                        aside.index(message(2, "Mới", "thư mới"));
                        aside.index(message(3, "Mới nữa", "thư mới"));
                        filling.countDown();
                        await(checked);
                        return "3";
                    }));
            assertThat(filling.await(10, TimeUnit.SECONDS)).isTrue();
            // while the new index is being filled, the live one serves unchanged
            assertThat(ids(index, "thu")).containsExactly(1L);
            assertThatThrownBy(() -> index.rebuild(aside -> "x"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("đang được xây dựng lại");
            checked.countDown();
            rebuild.join(10_000);

            assertThat(ids(index, "thu")).containsExactlyInAnyOrder(2L, 3L);
            assertThat(index.lastCommitMarker()).contains("3");
            index.index(message(4, "Sau", "thư sau khi đổi"));
            index.refresh();
            assertThat(index.count()).isEqualTo(3);
        }
        assertThat(Files.exists(root.resolve("index.rebuild"))).isFalse();
        assertThat(Files.exists(root.resolve("index.old"))).isFalse();
        try (SwappableMailIndex reopened = SwappableMailIndex.open(dir)) {
            assertThat(ids(reopened, "thu")).containsExactlyInAnyOrder(2L, 3L, 4L);
        }
    }

    @Test
    void aRebuildInterruptedBeforeItWasCompleteShouldBeDiscardedAtOpen() {
        Path dir = root.resolve("index");
        try (SwappableMailIndex index = SwappableMailIndex.open(dir)) {
            index.index(message(1, "Giữ", "thư giữ lại"));
        }
        try (LuceneMailIndex half = LuceneMailIndex.open(root.resolve("index.rebuild"))) {
            half.index(message(2, "Dở dang", "thư dở dang"));
        }

        try (SwappableMailIndex index = SwappableMailIndex.open(dir)) {
            assertThat(ids(index, "thu")).containsExactly(1L);
        }
        assertThat(Files.exists(root.resolve("index.rebuild"))).isFalse();
    }

    @Test
    void aCompleteRebuildInterruptedBeforeOrDuringTheSwapShouldBeSwappedInAtOpen() throws Exception {
        Path dir = root.resolve("index");
        try (SwappableMailIndex index = SwappableMailIndex.open(dir)) {
            index.index(message(1, "Cũ", "thư cũ"));
        }
        try (LuceneMailIndex complete = LuceneMailIndex.open(root.resolve("index.rebuild"))) {
            complete.index(message(2, "Mới", "thư mới"));
        }
        Files.writeString(root.resolve("index.rebuild").resolve(SwappableMailIndex.COMPLETE), "complete\n");
        Files.move(dir, root.resolve("index.old")); // the crash came between the two renames

        try (SwappableMailIndex index = SwappableMailIndex.open(dir)) {
            assertThat(ids(index, "thu")).containsExactly(2L);
        }
        assertThat(Files.exists(root.resolve("index.old"))).isFalse();
        assertThat(Files.exists(dir.resolve(SwappableMailIndex.COMPLETE))).isFalse();
    }

    @Test
    void aFailingFillShouldLeaveTheLiveIndexAsItWas() {
        try (SwappableMailIndex index = SwappableMailIndex.open(root.resolve("index"))) {
            index.index(message(1, "Cũ", "thư cũ"));
            index.refresh();

            assertThatThrownBy(() -> index.rebuild(aside -> {
                        aside.index(message(2, "Mới", "thư mới"));
                        throw new IllegalStateException("blob store unreadable");
                    }))
                    .hasMessage("blob store unreadable");

            assertThat(ids(index, "thu")).containsExactly(1L);
            index.rebuild(aside -> "0"); // a later rebuild starts afresh
            assertThat(index.count()).isZero();
        }
    }

    private static List<Long> ids(MailIndex index, String query) {
        index.refresh();
        return index.search(SearchRequest.of(query)).hits().stream()
                .map(SearchHit::messageId)
                .toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anIndexWrittenWithTheOldLayoutShouldAskForARebuildUntilRebuilt() throws Exception {
        Path dir = root.resolve("index");
        try (LuceneMailIndex index = LuceneMailIndex.open(dir)) {
            index.index(message(1, "Cũ", "thư cũ"));
            index.commit("1");
        }
        // the layout before labels: the same commit without the schema key
        try (var directory = org.apache.lucene.store.FSDirectory.open(dir);
                var writer = new org.apache.lucene.index.IndexWriter(
                        directory, new org.apache.lucene.index.IndexWriterConfig())) {
            writer.setLiveCommitData(
                    java.util.Map.of(LuceneMailIndex.MARKER_KEY, "1").entrySet(), true);
            writer.commit();
        }
        try (SwappableMailIndex index = SwappableMailIndex.open(dir)) {
            assertThat(index.needsRebuild()).isTrue();
            index.index(message(2, "Mới", "thư mới"));
            index.commit("2");
        }
        try (SwappableMailIndex index = SwappableMailIndex.open(dir)) {
            assertThat(index.needsRebuild()).as("still outdated after a commit").isTrue();
            index.rebuild(aside -> "0");
            assertThat(index.needsRebuild()).isFalse();
        }
        try (SwappableMailIndex index = SwappableMailIndex.open(dir)) {
            assertThat(index.needsRebuild()).isFalse();
        }
        try (SwappableMailIndex fresh = SwappableMailIndex.open(root.resolve("fresh"))) {
            assertThat(fresh.needsRebuild()).isFalse();
        }
    }
}
