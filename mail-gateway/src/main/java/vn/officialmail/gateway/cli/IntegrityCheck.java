package vn.officialmail.gateway.cli;

import java.io.PrintStream;
import org.springframework.stereotype.Component;
import vn.officialmail.gateway.audit.AuditChainer;
import vn.officialmail.gateway.audit.AuditVerification;
import vn.officialmail.gateway.audit.AuditVerifier;
import vn.officialmail.gateway.registry.RegisterVerification;
import vn.officialmail.gateway.registry.RegisterVerifier;

/**
 * {@code audit-verify}: walks the audit chain and the registers and prints every altered,
 * deleted or inserted event or entry. Exit status 0 when all is intact, 1 otherwise.
 */
@Component
public final class IntegrityCheck {

    private final AuditChainer chainer;
    private final AuditVerifier audit;
    private final RegisterVerifier registers;

    public IntegrityCheck(AuditChainer chainer, AuditVerifier audit, RegisterVerifier registers) {
        this.chainer = chainer;
        this.audit = audit;
        this.registers = registers;
    }

    public int run(PrintStream out) {
        chainer.chainPending();
        AuditVerification auditResult = audit.verify();
        RegisterVerification registerResult = registers.verify();
        out.printf(
                "audit log: %d events checked, head %d %s: %s%n",
                auditResult.eventsChecked(),
                auditResult.head().chainSeq(),
                auditResult.head().hash(),
                auditResult.intact() ? "intact" : "BROKEN");
        auditResult.problems().forEach(problem -> out.println("  " + problem));
        out.printf(
                "registers: %d entries checked: %s%n",
                registerResult.entriesChecked(), registerResult.intact() ? "intact" : "BROKEN");
        registerResult.problems().forEach(problem -> out.println("  " + problem));
        return auditResult.intact() && registerResult.intact() ? 0 : 1;
    }
}
