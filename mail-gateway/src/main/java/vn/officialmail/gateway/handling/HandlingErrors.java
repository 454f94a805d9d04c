package vn.officialmail.gateway.handling;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * Gives the handling API's refusals their reason (RFC 9457 problem detail): the Vietnamese and
 * English text that says which value is wrong and what is allowed, rather than a bare status.
 */
@RestControllerAdvice(
        assignableTypes = {HandlingController.class, ConsultationController.class, ReportController.class})
class HandlingErrors {

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> refused(ResponseStatusException e) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(e.getStatusCode(), e.getReason());
        return ResponseEntity.status(e.getStatusCode()).body(detail);
    }
}
