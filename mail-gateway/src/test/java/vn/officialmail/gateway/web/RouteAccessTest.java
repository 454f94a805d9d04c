package vn.officialmail.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.officialmail.gateway.users.Role;

/** The access policy of issue 9, pinned: RouteSecurityIT checks the running gateway enforces it. */
class RouteAccessTest {

    @Test
    void directoryImportShouldBeForAdministratorsOnlyAndItsListingsForEveryRoleHandlingMail() {
        assertThat(roles("/api/directory/import")).containsExactly(Role.ADMINISTRATOR);
        assertThat(roles("/api/directory/units"))
                .containsExactlyInAnyOrder(
                        Role.ADMINISTRATOR, Role.COMPLIANCE_OFFICER, Role.UNIT_HEAD, Role.UNIT_DELEGATE, Role.CLERK);
        assertThat(roles("/api/directory/lookup")).doesNotContain(Role.STAFF);
    }

    @Test
    void ruleForShouldKeepQuarantineAndAuditToComplianceAndAdministrators() {
        assertThat(roles("/api/quarantine")).containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.COMPLIANCE_OFFICER);
        assertThat(roles("/api/quarantine/7/release"))
                .containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.COMPLIANCE_OFFICER);
        assertThat(roles("/api/audit/verify")).containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.COMPLIANCE_OFFICER);
    }

    @Test
    void ruleForShouldGiveRegistersToClerksAndUsersAndHealthToAdministrators() {
        assertThat(roles("/api/registers/verify")).containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.CLERK);
        assertThat(roles("/api/users")).containsExactly(Role.ADMINISTRATOR);
        assertThat(roles("/api/users/an/disable")).containsExactly(Role.ADMINISTRATOR);
        assertThat(roles("/actuator/health")).containsExactly(Role.ADMINISTRATOR);
    }

    @Test
    void ruleForShouldOpenComplianceToUnitHeadsAndDelegatesButNeverToStaff() {
        assertThat(roles("/api/compliance/violations"))
                .containsExactlyInAnyOrder(
                        Role.ADMINISTRATOR, Role.COMPLIANCE_OFFICER, Role.UNIT_HEAD, Role.UNIT_DELEGATE);
        assertThat(RouteAccess.API).allSatisfy(rule -> assertThat(rule.roles()).doesNotContain(Role.STAFF));
    }

    @Test
    void ruleForShouldKeepPeriodicReportRemindersToAdministratorsAndClerksAndTheRestOfHandlingToUnitHeads() {
        assertThat(roles("/api/handling/reports/reminders")).containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.CLERK);
        assertThat(roles("/api/handling/reports/bc-thang/2026-10"))
                .containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.CLERK, Role.UNIT_HEAD, Role.UNIT_DELEGATE);
        assertThat(roles("/api/handling/consultations/reminders"))
                .containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.CLERK, Role.UNIT_HEAD, Role.UNIT_DELEGATE);
    }

    @Test
    void ruleForShouldFindNothingForAnUnlistedRoute() {
        assertThat(RouteAccess.ruleFor("/api/something-new")).isEmpty();
    }

    private static Set<Role> roles(String path) {
        return RouteAccess.ruleFor(path).orElseThrow().roles();
    }
}
