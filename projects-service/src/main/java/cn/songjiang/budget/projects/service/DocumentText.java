package cn.songjiang.budget.projects.service;

import cn.songjiang.budget.support.problem.ApiProblem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The body of an import as text: strictly UTF-8 (a byte that is not is refused with its line), line endings
 * normalised to \n and a byte-order mark dropped, so that the same document always has the same hash.
 */
public final class DocumentText {

    /**
     * The longest document accepted, in characters: what a 2 MiB body (the HTTP limit) always holds in UTF-8,
     * at most 3 bytes a character. The API declares it, so a client can check a document before sending it.
     */
    public static final int MAX_CHARACTERS = 2 * 1024 * 1024 / 3;

    private DocumentText() {
    }

    /** The normalised text of a UTF-8 body. */
    public static String decode(byte[] body) {
        if (body == null || body.length == 0) {
            throw ApiProblem.badRequest("body", "is empty: send the budget document as text/markdown");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw ApiProblem.badRequest("line " + lineOf(body, offset), String.format(
                    "byte 0x%02X at offset %d is not valid UTF-8: send the document encoded as UTF-8",
                    body[offset] & 0xFF, offset));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (text.length() > MAX_CHARACTERS) {
            throw ApiProblem.badRequest("body", "has " + text.length() + " characters; a budget document has at most "
                    + MAX_CHARACTERS);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Hex SHA-256 of the normalised text. */
    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int lineOf(byte[] body, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (body[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
