package org.sitebinder.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitebinder.domain.Certificate;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.SslRecord;
import org.sitebinder.persistence.cert.Keytool;
import org.sitebinder.ui.Fixtures;
import org.sitebinder.ui.viewmodel.ServerViewModel.CertificateRow;
import org.sitebinder.ui.viewmodel.ServerViewModel.SslRecordRow;
import org.sitebinder.ui.viewmodel.ssl.Choice;
import org.sitebinder.ui.viewmodel.ssl.SharedEndpointRow;

/** The SSL bindings and Certificates pages of the demo server WEB01. */
class CertificatePagesTest {
    private static final String CAREERS_CERT = "58d3e1a0c6b94f27a1e85d03b7c6f49e2d10a8b5";
    private final ServerDocument demo = Fixtures.demo();
    private final Harness h = new Harness(demo);

    private SslRecordRow recordRow(String key) {
        h.vm.pageProperty().set(Page.SSL_RECORDS);
        return h.vm.server().records().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private CertificateChoice careers() {
        return h.vm.certificateChoices().stream().filter(c -> c.is(CAREERS_CERT)).findFirst().orElseThrow();
    }

    @Test
    void eachRecordRowNamesTheSitesItServes() {
        assertThat(recordRow("0.0.0.0:443").sites()).isEqualTo("Default Web Site, Shop, Api, Docs");
        assertThat(recordRow("intranet.example:443").sites()).isEqualTo("Intranet");
    }

    @Test
    void changingTheCertificateOfASharedRecordAsksAndCancelChangesNothing() {
        h.vm.changeRecordCertificate(recordRow("0.0.0.0:443"), careers());

        assertThat(h.prompts.sharedEndpointDialogs).singleElement().satisfies(d ->
                assertThat(d.changeForAllText()).isEqualTo("Change for all 4 sites"));
        assertThat(h.workspace.current()).isEqualTo(demo);

        h.prompts.sharedEndpointChoices.push(Choice.CHANGE_FOR_ALL);
        h.vm.changeRecordCertificate(recordRow("0.0.0.0:443"), careers());
        assertThat(hashOf("0.0.0.0:443")).isEqualTo(CAREERS_CERT);
        assertThat(recordRow("0.0.0.0:443").certificate()).isEqualTo(CAREERS_CERT);
        h.vm.undo();
        assertThat(h.workspace.current()).isEqualTo(demo);
    }

    @Test
    void removingARecordListsTheSitesThatLoseItsCertificate() {
        h.prompts.sharedEndpointChoices.push(Choice.delete(false));

        h.vm.removeRecord(recordRow("0.0.0.0:443"));

        assertThat(h.prompts.sharedEndpointDialogs).singleElement().satisfies(d ->
                assertThat(d.rows()).extracting(SharedEndpointRow::site).contains("Default Web Site", "Shop", "Api", "Docs"));
        assertThat(h.workspace.current().sslRecords()).extracting(r -> r.key().toString()).doesNotContain("0.0.0.0:443");
        assertThat(h.workspace.current().sites()).isEqualTo(demo.sites());
    }

    @Test
    void expiredCertificatesAreErrorsAndThoseExpiringWithin30DaysWarnings() {
        ServerViewModel page = new ServerViewModel(Clock.fixed(Instant.parse("2028-01-15T00:00:00Z"), ZoneOffset.UTC));
        page.refreshCertificates(demo);

        assertThat(page.certificates()).filteredOn(c -> c.name().equals("marketing.example"))
                .extracting(CertificateRow::level).containsExactly("error");
        assertThat(page.certificates()).filteredOn(c -> c.name().equals("portal.example"))
                .extracting(CertificateRow::level).containsExactly("warning");
        assertThat(page.certificates()).filteredOn(c -> c.name().equals("shop.example"))
                .extracting(CertificateRow::level).containsExactly("");
    }

    @Test
    void importingAPfxAsksThePasswordAgainWhenWrongAndAddsTheCertificateAsOneStep(@TempDir Path dir) throws Exception {
        h.prompts.certificateFile = new Keytool(dir).keyPair("new.pfx", "web", "s3cret!", "CN=new.example", "DNS:new.example");
        h.prompts.passwords.add("wrong");
        h.prompts.passwords.add("s3cret!");

        h.vm.importCertificates();

        assertThat(h.prompts.asked).anyMatch(q -> q.contains("The password is wrong"));
        assertThat(h.prompts.errors).isEmpty();
        assertThat(h.workspace.current().certificates()).extracting(Certificate::commonName).contains("new.example");
        assertThat(h.workspace.undoLabelProperty().get()).isEqualTo("Import certificate new.example");
        h.vm.undo();
        assertThat(h.workspace.current()).isEqualTo(demo);
    }

    @Test
    void aFileWithoutACertificateIsReportedAndChangesNothing(@TempDir Path dir) throws Exception {
        h.prompts.certificateFile = Files.writeString(dir.resolve("notes.pem"), "not a certificate");

        h.vm.importCertificates();

        assertThat(h.prompts.errors).singleElement().asString().contains("notes.pem");
        assertThat(h.workspace.current()).isEqualTo(demo);
    }

    private String hashOf(String key) {
        return h.workspace.current().sslRecords().stream().filter(r -> r.key().toString().equals(key))
                .map(SslRecord::certificateHash).findFirst().orElseThrow();
    }

    private boolean missingCertificateFor(String site) {
        return h.workspace.findingsProperty().get().findings().all().stream()
                .anyMatch(f -> f.code() == org.sitebinder.engine.Code.MISSING_SSL_CERT && f.sites().contains(site));
    }

    @Test
    void addingARecordForAnEndpointWithoutOneClearsMissingSslCertAndUndoesInOneStep() {
        assertThat(missingCertificateFor("Status")).isTrue();

        assertThat(h.vm.addRecord("0.0.0.0:7443", careers())).isEmpty();

        assertThat(hashOf("0.0.0.0:7443")).isEqualTo(CAREERS_CERT);
        assertThat(missingCertificateFor("Status")).isFalse();
        assertThat(recordRow("0.0.0.0:7443").sites()).isEqualTo("Status");
        h.vm.undo();
        assertThat(h.workspace.current()).isEqualTo(demo);
        assertThat(missingCertificateFor("Status")).isTrue();
    }

    @Test
    void aRecordThatIsNoEndpointOrAlreadyExistsIsRefusedAndChangesNothing() {
        assertThat(h.vm.addRecord("shop example", careers())).hasValueSatisfying(p -> assertThat(p).contains("not an SSL endpoint"));
        assertThat(h.vm.addRecord("0.0.0.0:443", careers())).hasValueSatisfying(p -> assertThat(p).contains("already an SSL record"));
        assertThat(h.vm.addRecord("10.0.0.5:443", null)).hasValueSatisfying(p -> assertThat(p).contains("Choose the certificate"));

        assertThat(h.workspace.current()).isEqualTo(demo);
    }
}
