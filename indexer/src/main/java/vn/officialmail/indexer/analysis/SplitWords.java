package vn.officialmail.indexer.analysis;

import com.ibm.icu.lang.UCharacter;
import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words of a text exactly as {@link ICUTokenizer} splits it, with their offsets, kept side by
 * side so that both fields of a text can replay them ({@link TwinAnalysis}).
 *
 * <p>Most of a Vietnamese text is plain words between spaces: "họp", "ngày", "2026", "đồng," with a
 * comma, "(trích" with a bracket. The ICU break iterator was a fifth of the indexing CPU splitting
 * exactly those, so they are taken here without it: a piece of text between spaces, tabs or line
 * breaks that is one run of Latin letters and digits ({@link LatinLetters#isWordCharacter}),
 * possibly opened by brackets or quotes and closed by punctuation, is one word under the Unicode
 * word-break rules the tokenizer follows (letters and digits never break among themselves; these
 * punctuation marks join words only between two letters or digits, and a space always breaks).
 * Every other piece ("05/12/2026", "QĐ-UBND", "họp.v2", other scripts, stray combining marks) and
 * the space-separated pieces around it go to the ICU tokenizer as they are. A text with a piece too
 * long for the tokenizer's buffer goes to it whole. The tests compare the result with the
 * tokenizer's on random texts of every kind.
 */
final class SplitWords {

    /** Holds the ICU tokenizer, reused per thread by the analyzer's reuse strategy. */
    private static final Analyzer ICU_WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new ICUTokenizer();
            return new TokenStreamComponents(tokenizer);
        }
    };

    /** The tokenizer's buffer: it splits a text into blocks of at most this many characters. */
    private static final int BLOCK = 4_096;

    /**
     * Well under the tokenizer's buffer: a longer piece, or a run of pieces left to it as long as a
     * block, goes to it with the whole text.
     */
    private static final int LONGEST_PIECE = 1_024;

    private char[] chars;
    private int[] ends;
    private int[] startOffsets;
    private int[] endOffsets;
    private int count;
    private int used;
    private final int finalOffset;

    private SplitWords(int textLength) {
        this.chars = new char[Math.max(16, textLength)];
        this.ends = new int[64];
        this.startOffsets = new int[64];
        this.endOffsets = new int[64];
        this.finalOffset = textLength;
    }

    /**
     * Splits a text into words.
     *
     * @param text the text
     * @return its words, as the ICU tokenizer gives them
     * @throws IOException never in practice: the tokenizer reads from the string
     */
    static SplitWords of(String text) throws IOException {
        SplitWords words = new SplitWords(text.length());
        for (int start = 0; start < text.length(); ) {
            int end = blockEnd(text, start);
            if (!words.addBlock(text, start, end)) {
                SplitWords whole = new SplitWords(text.length());
                whole.addTokenizerWords(text, 0, 0); // the whole text, its blocks and all
                return whole;
            }
            start = end;
        }
        return words;
    }

    /**
     * Where the tokenizer's block starting at {@code start} ends: it reads {@value #BLOCK} characters
     * and stops after the last white space among them, then starts afresh (its script runs too).
     */
    private static int blockEnd(String text, int start) {
        if (text.length() - start < BLOCK) {
            return text.length();
        }
        for (int i = start + BLOCK - 1; i >= start; i--) {
            if (UCharacter.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return start + BLOCK;
    }

    /**
     * Adds the words of one block, false if it must be left to the tokenizer with the whole text (a
     * piece too long).
     */
    private boolean addBlock(String text, int blockStart, int blockEnd) throws IOException {
        // the script run the next character falls in: a digit joins the run before it, which only a
        // Latin letter (or nothing yet) makes known here
        boolean latinOrNone = true;
        boolean latinSeen = false;
        int leftFrom = -1; // pieces left to the tokenizer, from leftFrom to leftTo
        int leftTo = -1;
        boolean leftAfterLatin = false;
        int i = blockStart;
        while (i < blockEnd) {
            if (isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < blockEnd && !isSpace(text.charAt(i))) {
                i++;
            }
            int end = i;
            if (end - start > LONGEST_PIECE) {
                return false;
            }
            int wordStart = start;
            while (wordStart < end && isOpening(text.charAt(wordStart))) {
                wordStart++;
            }
            int wordEnd = end;
            while (wordEnd > wordStart && isClosing(text.charAt(wordEnd - 1))) {
                wordEnd--;
            }
            if (wordStart == wordEnd) {
                continue; // only brackets and punctuation: no word
            }
            boolean startsWithLetter = !isAsciiDigit(text.charAt(wordStart));
            if (isWord(text, wordStart, wordEnd) && (startsWithLetter || latinOrNone)) {
                if (leftFrom >= 0) {
                    if (!addIcuWords(text, leftFrom, leftTo, leftAfterLatin)) {
                        return false;
                    }
                    leftFrom = -1;
                }
                add(text, wordStart, wordEnd);
                if (hasLetter(text, wordStart, wordEnd)) {
                    latinOrNone = true;
                    latinSeen = true;
                }
            } else {
                if (leftFrom < 0) {
                    leftFrom = start;
                    leftAfterLatin = latinSeen;
                }
                leftTo = end;
                latinOrNone = false;
                latinSeen = false;
            }
        }
        return leftFrom < 0 || addIcuWords(text, leftFrom, leftTo, leftAfterLatin);
    }

    int count() {
        return count;
    }

    char[] chars() {
        return chars;
    }

    /** Where each word ends in {@link #chars()}; the next starts there. */
    int[] ends() {
        return ends;
    }

    int[] startOffsets() {
        return startOffsets;
    }

    int[] endOffsets() {
        return endOffsets;
    }

    /** The offset the tokenizer reports at the end: the text's length. */
    int finalOffset() {
        return finalOffset;
    }

    /** Every word follows the one before it: the tokenizer drops nothing. */
    static int increment() {
        return 1;
    }

    private static boolean isWord(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!LatinLetters.isWordCharacter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLetter(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isAsciiDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Always a word break, and never part of a word. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    /** Marks that break from a word that follows them. */
    private static boolean isOpening(char c) {
        return c == '(' || c == '[' || c == '"' || c == '\'' || c == '“' || c == '‘';
    }

    /** Marks that join two letters or digits only; at a word's end, before a space, they break. */
    private static boolean isClosing(char c) {
        return switch (c) {
            case ',', '.', ';', ':', '!', '?', ')', ']', '"', '\'', '”', '’', '…' -> true;
            default -> false;
        };
    }

    private void add(CharSequence text, int start, int end) {
        int length = end - start;
        grow(length);
        for (int i = 0; i < length; i++) {
            chars[used + i] = text.charAt(start + i);
        }
        record(length, start, end);
    }

    /**
     * The tokenizer's words of {@code text[from, to)}. {@code afterLatin}: the text before is a Latin
     * run, which the leading digits and punctuation of the piece would join; a Latin word put in
     * front gives the tokenizer that context, and its word is dropped. False if the piece with that
     * word would not fit the tokenizer's block, which would then cut it where the text's does not.
     */
    private boolean addIcuWords(String text, int from, int to, boolean afterLatin) throws IOException {
        String context = afterLatin ? "a " : "";
        if (context.length() + to - from >= BLOCK) {
            return false;
        }
        addTokenizerWords(context + text.substring(from, to), from - context.length(), context.length());
        return true;
    }

    /**
     * The tokenizer's words of {@code piece}, whose offset 0 is {@code shift} in the text; words
     * starting before {@code skipBefore} (a context put in front) are left out.
     */
    private void addTokenizerWords(String piece, int shift, int skipBefore) throws IOException {
        try (TokenStream tokens = ICU_WORDS.tokenStream("", piece)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (offset.startOffset() < skipBefore) {
                    continue;
                }
                grow(term.length());
                System.arraycopy(term.buffer(), 0, chars, used, term.length());
                record(term.length(), shift + offset.startOffset(), shift + offset.endOffset());
            }
            tokens.end();
        }
    }

    private void grow(int length) {
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, count * 2);
            startOffsets = Arrays.copyOf(startOffsets, count * 2);
            endOffsets = Arrays.copyOf(endOffsets, count * 2);
        }
        if (used + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + length));
        }
    }

    private void record(int length, int startOffset, int endOffset) {
        used += length;
        ends[count] = used;
        startOffsets[count] = startOffset;
        endOffsets[count] = endOffset;
        count++;
    }
}
