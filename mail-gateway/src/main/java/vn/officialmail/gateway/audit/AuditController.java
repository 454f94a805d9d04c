package vn.officialmail.gateway.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit/verify}: walks the audit chain and reports where it breaks. */
@RestController
class AuditController {

    private final AuditVerifier verifier;
    private final AuditChainer chainer;

    AuditController(AuditVerifier verifier, AuditChainer chainer) {
        this.verifier = verifier;
        this.chainer = chainer;
    }

    @GetMapping("/api/audit/verify")
    AuditVerification verify() {
        chainer.chainPending();
        return verifier.verify();
    }
}
