package vn.officialmail.gateway.registry;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/registers/verify}: checks every register entry against its hash and the audit log. */
@RestController
class RegisterController {

    private final RegisterVerifier verifier;

    RegisterController(RegisterVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/api/registers/verify")
    RegisterVerification verify() {
        return verifier.verify();
    }
}
