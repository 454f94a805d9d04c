package vn.officialmail.classifier.model;

import java.util.Arrays;
import vn.officialmail.classifier.normalize.Folding;

/**
 * Turns a subject and a body into hashed features: word unigrams and bigrams, character 3- and 4-grams
 * of the folded text ("Giấy mời" and "giay moi" give the same features), and the subject's words in a
 * namespace of their own. Digits fold to {@code 0}, so numbers and dates do not become vocabulary.
 *
 * <p>Only the head and the tail of a long body are read: the header, the opening sentences and the
 * signature block carry the type, and the cost stays bounded for 100-page laws.
 */
final class NgramFeatures {

    /** Characters read from the start of the body. */
    static final int HEAD_CHARS = 2000;
    /** Characters read from the end of the body (signature block, Nơi nhận). */
    static final int TAIL_CHARS = 600;

    private static final int WORD = 1;
    private static final int BIGRAM = 2;
    private static final int CHAR3 = 3;
    private static final int CHAR4 = 4;
    private static final int SUBJECT_WORD = 5;
    private static final int FNV_BASIS = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;

    private final int bits;
    private final int mask;
    private final ThreadLocal<Scratch> scratch;

    /** @param bits log2 of the number of hash buckets, 10 to 24 */
    NgramFeatures(int bits) {
        if (bits < 10 || bits > 24) {
            throw new IllegalArgumentException("bits must be between 10 and 24: " + bits);
        }
        this.bits = bits;
        this.mask = (1 << bits) - 1;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(1 << bits));
    }

    int bits() {
        return bits;
    }

    /** The features of a text; {@code body} should already be normalised ({@code VietnameseNormalizer}). */
    SparseVector extract(String subject, String body) {
        Scratch s = scratch.get();
        char[] subjectChars = tokens(Folding.fold(subject), s);
        addWords(subjectChars, subjectChars.length, SUBJECT_WORD, 0, s);
        String text = body.length() <= HEAD_CHARS + TAIL_CHARS
                ? subject + "\n" + body
                : subject + "\n" + body.substring(0, HEAD_CHARS) + "\n" + body.substring(body.length() - TAIL_CHARS);
        char[] chars = tokens(Folding.fold(text), s);
        addWords(chars, chars.length, WORD, BIGRAM, s);
        addCharGrams(chars, s);
        return s.drain();
    }

    // Letters and digits kept (digits as 0), every other run of characters one space, with a space at
    // both ends so that word-edge character n-grams exist.
    private static char[] tokens(String folded, Scratch s) {
        char[] out = s.chars(folded.length() + 2);
        int n = 0;
        out[n++] = ' ';
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out[n++] = Character.isDigit(c) ? '0' : c;
            } else if (out[n - 1] != ' ') {
                out[n++] = ' ';
            }
        }
        if (out[n - 1] != ' ') {
            out[n++] = ' ';
        }
        return Arrays.copyOf(out, n);
    }

    private void addWords(char[] chars, int length, int unigram, int bigram, Scratch s) {
        int previous = 0;
        int start = -1;
        for (int i = 0; i < length; i++) {
            if (chars[i] != ' ') {
                if (start < 0) {
                    start = i;
                }
                continue;
            }
            if (start >= 0) {
                int word = hash(chars, start, i, unigram);
                s.add(word & mask);
                if (bigram != 0 && previous != 0) {
                    s.add(mix(previous * 31 + word, bigram) & mask);
                }
                previous = word;
                start = -1;
            }
        }
    }

    // One pass for both lengths: the 4-gram's hash continues the 3-gram's, the namespaces differ in the
    // final mix.
    private void addCharGrams(char[] chars, Scratch s) {
        for (int i = 0; i + 3 <= chars.length; i++) {
            int h = (((FNV_BASIS ^ chars[i]) * FNV_PRIME ^ chars[i + 1]) * FNV_PRIME ^ chars[i + 2]) * FNV_PRIME;
            s.add(mix(h, CHAR3) & mask);
            if (i + 4 <= chars.length) {
                s.add(mix((h ^ chars[i + 3]) * FNV_PRIME, CHAR4) & mask);
            }
        }
    }

    // FNV-1a over the characters, then a murmur3 finaliser (with the namespace) so that the low bits are
    // well mixed.
    private static int hash(char[] chars, int from, int to, int namespace) {
        int h = FNV_BASIS;
        for (int i = from; i < to; i++) {
            h = (h ^ chars[i]) * FNV_PRIME;
        }
        return mix(h, namespace);
    }

    private static int mix(int value, int namespace) {
        int h = value ^ (namespace * 0x85ebca6b);
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    /**
     * Per-thread counting space, reused from text to text so that extraction allocates little: an
     * open-addressing table (bucket → count) small enough to stay in the CPU caches, unlike an array
     * over all buckets.
     */
    private static final class Scratch {

        private int[] keys = new int[1 << 14]; // bucket + 1; 0 = free
        private float[] counts = new float[1 << 14];
        private int[] touched = new int[1 << 14]; // slots in first-seen order
        private int size;
        private char[] chars = new char[8192];

        Scratch(int buckets) {
            if (buckets <= 0) {
                throw new IllegalArgumentException("buckets must be positive: " + buckets);
            }
        }

        char[] chars(int length) {
            if (chars.length < length) {
                chars = new char[Math.max(length, chars.length * 2)];
            }
            return chars;
        }

        // Buckets are hash values already, so their low bits spread well over the slots.
        void add(int bucket) {
            int key = bucket + 1;
            int mask = keys.length - 1;
            int slot = bucket & mask;
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            if (keys[slot] == 0) {
                keys[slot] = key;
                touched[size++] = slot;
                counts[slot] = 1;
                if (size * 2 > keys.length) {
                    grow();
                }
                return;
            }
            counts[slot]++;
        }

        private void grow() {
            int[] oldKeys = keys;
            float[] oldCounts = counts;
            int[] oldTouched = Arrays.copyOf(touched, size);
            keys = new int[oldKeys.length * 2];
            counts = new float[oldKeys.length * 2];
            touched = new int[keys.length];
            int mask = keys.length - 1;
            for (int i = 0; i < oldTouched.length; i++) {
                int key = oldKeys[oldTouched[i]];
                int slot = (key - 1) & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                counts[slot] = oldCounts[oldTouched[i]];
                touched[i] = slot;
            }
        }

        // Sublinear term frequency (1 + ln count), L2-normalised; the table is cleared for the next text.
        SparseVector drain() {
            // In first-seen order: deterministic for a given text, and no sort on the hot path.
            int[] index = new int[size];
            float[] value = new float[size];
            double norm = 0;
            for (int i = 0; i < size; i++) {
                int slot = touched[i];
                index[i] = keys[slot] - 1;
                double v = 1 + Math.log(counts[slot]);
                value[i] = (float) v;
                norm += v * v;
                keys[slot] = 0;
                counts[slot] = 0;
            }
            float inverse = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < size; i++) {
                value[i] *= inverse;
            }
            size = 0;
            return new SparseVector(index, value);
        }
    }
}
