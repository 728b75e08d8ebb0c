package org.sitebinder.ui.view;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.sitebinder.ui.viewmodel.BindingDialogViewModel;
import org.sitebinder.ui.viewmodel.CertificateChoice;
import org.sitebinder.ui.viewmodel.FieldCheck;

/**
 * The Add / Edit Site Binding dialog's fields. The view model checks the document as it would be
 * with this binding; ValidationSupport styles the field at fault, and the message shows under it.
 */
public final class BindingDialogView {
    /** The sslFlags bits, as Binding declares them: the view does not import the domain. */
    private static final int SNI = 1;
    private static final int CCS = 2;
    private static final int DISABLE_HTTP2 = 4;
    private static final int DISABLE_OCSP = 8;
    private static final int DISABLE_QUIC = 16;
    private static final int DISABLE_TLS13 = 32;
    private static final int DISABLE_LEGACY_TLS = 64;

    private final BindingDialogViewModel vm;
    private final ValidationSupport validation = new ValidationSupport();
    @FXML private ComboBox<String> type;
    @FXML private ComboBox<String> ip;
    @FXML private TextField port;
    @FXML private TextField host;
    @FXML private Label typeMessage;
    @FXML private Label ipMessage;
    @FXML private Label portMessage;
    @FXML private Label hostMessage;
    @FXML private Label sslMessage;
    @FXML private VBox httpsSection;
    @FXML private CheckBox sni;
    @FXML private CheckBox ccs;
    @FXML private ComboBox<CertificateChoice> certificate;
    @FXML private Label thumbprint;
    @FXML private CheckBox disableTls13;
    @FXML private CheckBox disableLegacyTls;
    @FXML private CheckBox disableOcsp;
    @FXML private CheckBox disableQuic;
    @FXML private CheckBox disableHttp2;

    public BindingDialogView(BindingDialogViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        type.getItems().setAll(vm.types());
        type.valueProperty().bindBidirectional(vm.typeProperty());
        ip.getItems().setAll(vm.ipChoices());
        ip.getEditor().textProperty().bindBidirectional(vm.ipProperty());
        port.textProperty().bindBidirectional(vm.portProperty());
        host.textProperty().bindBidirectional(vm.hostProperty());
        httpsSection.visibleProperty().bind(vm.httpsProperty());
        httpsSection.managedProperty().bind(vm.httpsProperty());
        certificate.setItems(vm.certificates());
        certificate.valueProperty().bindBidirectional(vm.certificateProperty());
        thumbprint.textProperty().bind(Bindings.createStringBinding(() -> certificate.getValue() == null ? ""
                : "Thumbprint: " + certificate.getValue().thumbprint(), certificate.valueProperty()));
        flag(sni, SNI);
        flag(ccs, CCS);
        flag(disableHttp2, DISABLE_HTTP2);
        flag(disableOcsp, DISABLE_OCSP);
        flag(disableQuic, DISABLE_QUIC);
        flag(disableTls13, DISABLE_TLS13);
        flag(disableLegacyTls, DISABLE_LEGACY_TLS);
        message(typeMessage, vm.typeCheck());
        message(ipMessage, vm.ipCheck());
        message(portMessage, vm.portCheck());
        message(hostMessage, vm.hostCheck());
        message(sslMessage, vm.sslCheck());
        validation.setValidationDecorator(new StyleClassValidationDecoration());
        register(type, vm.typeCheck());
        register(ip, vm.ipCheck());
        register(port, vm.portCheck());
        register(host, vm.hostCheck());
        register(sni, vm.sslCheck());
        vm.checkRevisionProperty().addListener((o, old, now) -> validation.revalidate());
    }

    private void flag(CheckBox box, int bit) {
        box.selectedProperty().bindBidirectional(vm.flagProperty(bit));
    }

    private static void message(Label label, FieldCheck check) {
        label.textProperty().bind(check.messageProperty());
        label.visibleProperty().bind(check.messageProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        check.severityProperty().addListener((o, old, now) -> Styles.level(label, check.level()));
        Styles.level(label, check.level());
    }

    private void register(Control control, FieldCheck check) {
        validation.registerValidator(control, false, (Control c, Object value) ->
                ValidationResult.fromMessageIf(c, check.message(), severity(check), check.severity() != null));
    }

    private static Severity severity(FieldCheck check) {
        return switch (check.level()) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            default -> Severity.INFO;
        };
    }
}
