package vn.officialmail.gateway.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file the browser saves rather than shows: one way of writing {@code Content-Disposition} for every download. */
public final class Downloads {

    private Downloads() {}

    /**
     * A {@code 200} answer that downloads its body under a file name.
     *
     * @param body the bytes, or a streaming body
     * @param fileName the name offered to the user; quotes and backslashes are escaped
     * @param type the body's media type
     * @param <T> the body's type
     * @return the answer
     */
    public static <T> ResponseEntity<T> attachment(T body, String fileName, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }
}
