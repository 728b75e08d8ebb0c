package org.sitebinder.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitebinder.domain.Binding;
import org.sitebinder.domain.ServerDocument;
import org.sitebinder.domain.Site;
import org.sitebinder.domain.SiteState;
import org.sitebinder.editing.Edits;
import org.sitebinder.engine.Code;
import org.sitebinder.ui.Fixtures;
import org.sitebinder.ui.viewmodel.BindingRow;
import org.sitebinder.ui.viewmodel.FindingRow;
import org.sitebinder.ui.viewmodel.FindingsViewModel;
import org.sitebinder.ui.viewmodel.Harness;
import org.sitebinder.ui.viewmodel.Prompts.SaveChoice;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private Harness h;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        h = new Harness(Fixtures.web01());
        new MainWindow(h.vm, message -> { }).install(stage);
        stage.show();
    }

    @Test
    void aPortEditedIntoACollisionMarksTheRowAndAddsAFindingAndUndoRemovesBoth(FxRobot robot) {
        robot.clickOn("Blog");
        robot.clickOn("blog.example");
        robot.push(KeyCode.F2);
        TextField port = robot.lookup(".binding-dialog #port").queryAs(TextField.class);
        robot.interact(() -> port.setText(""));
        robot.clickOn(port).write("443");
        robot.clickOn(okButton(robot));
        WaitForAsyncUtils.waitForFxEvents();

        TableRow<?> row = bindingRow(robot, "blog.example");
        assertThat(row.getPseudoClassStates()).contains(ERROR);
        assertThat(portCellsAtFault(robot)).containsExactly("443");
        assertThat(findingCodes(robot)).contains("PROTOCOL_CONFLICT");
        assertThat(siteNode(robot, "Blog").getPseudoClassStates()).contains(ERROR);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(bindingRow(robot, "blog.example").getPseudoClassStates()).doesNotContain(ERROR);
        assertThat(findingCodes(robot)).doesNotContain("PROTOCOL_CONFLICT");
        assertThat(siteNode(robot, "Blog").getPseudoClassStates()).doesNotContain(ERROR);
    }

    @Test
    void aFilterThatHidesEveryFindingSaysSoInsteadOfNoFindings(FxRobot robot) {
        robot.interact(() -> h.open(ServerDocument.ofSites("W", List.of(
                new Site(1L, "A", List.of(Binding.of("http", "*:80:a.example"))),
                new Site(2L, "B", List.of(Binding.of("http", "*:80:a.example"))))), null, null));
        robot.interact(() -> h.vm.findings().filterProperty().set(FindingsViewModel.Filter.WARNINGS));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".findings-table .placeholder .label").queryAs(Label.class).getText())
                .isEqualTo("The one finding is not a warning. Show All severities to list it.");
    }

    @Test
    void theDialogShowsTheErrorBeforeOk(FxRobot robot) {
        robot.clickOn("Blog");
        robot.push(KeyCode.INSERT);
        TextField port = robot.lookup(".binding-dialog #port").queryAs(TextField.class);
        robot.interact(() -> port.setText(""));
        robot.clickOn(port).write("70000");
        WaitForAsyncUtils.waitForFxEvents();

        Label message = robot.lookup(".binding-dialog #portMessage").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("The server port number must be a positive integer between 1 and 65535");
        assertThat(port.getStyleClass()).contains("error");
        assertThat(okButton(robot).isDisabled()).isTrue();

        robot.interact(() -> port.setText(""));
        robot.clickOn(port).write("443");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message.getText()).contains("Default Web Site");
        assertThat(okButton(robot).isDisabled()).isFalse();
    }

    @Test
    void doubleClickingAFindingSelectsItsSiteAndBinding(FxRobot robot) {
        robot.interact(() -> h.open(Fixtures.withConflicts(), null, null));
        robot.doubleClickOn("DUPLICATE_BINDING");
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TreeView<ConnectionNode> tree = robot.lookup(".connections-view .tree-view").queryAs(TreeView.class);
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().site().nameProperty().get()).isEqualTo("Shop");
        assertThat(h.vm.selectedSiteProperty().get()).isEqualTo(1);
        @SuppressWarnings("unchecked")
        TableView<BindingRow> table = robot.lookup(".bindings-table").queryAs(TableView.class);
        BindingRow selected = table.getSelectionModel().getSelectedItem();
        assertThat(selected.binding().display()).isEqualTo("http *:80:shop.example");
        assertThat(robot.lookup(".page-title").queryAllAs(Label.class)).extracting(Label::getText).contains("Site 'Shop'");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSelectedFindingStaysSelectedThroughAnEditThatDoesNotTouchIt(FxRobot robot) {
        robot.interact(() -> h.open(Fixtures.withConflicts(), null, null));
        TableView<FindingRow> findings = robot.lookup(".findings-table").queryAs(TableView.class);
        robot.interact(() -> findings.getSelectionModel().select(findings.getItems().stream()
                .filter(r -> r.code() == Code.DUPLICATE_BINDING).findFirst().orElseThrow()));
        assertThat(findings.getSelectionModel().getSelectedItem().code()).isEqualTo(Code.DUPLICATE_BINDING);

        // Intranet stops: its findings change, the duplicate of Shop and Api does not
        robot.interact(() -> h.workspace.push(Edits.setState(h.workspace.current(), 3, SiteState.STOPPED)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(findings.getSelectionModel().getSelectedItem()).isNotNull()
                .extracting(FindingRow::code).isEqualTo(Code.DUPLICATE_BINDING);
    }

    @Test
    void theActionsPaneOffersASitesActionsOnlyBesideItsPage(FxRobot robot) {
        robot.clickOn("Blog");
        WaitForAsyncUtils.waitForFxEvents();
        VBox siteGroup = robot.lookup(".actions-view .action-group").queryAs(VBox.class);
        assertThat(siteGroup.isVisible()).isTrue();
        assertThat(robot.lookup(".actions-view .action-group-title").queryAs(Label.class).getText()).isEqualTo("Site 'Blog'");

        robot.clickOn("SSL bindings");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(siteGroup.isVisible()).isFalse();
        // Delete Site's shortcut does nothing here: the page shows records, not Blog
        robot.press(KeyCode.SHIFT, KeyCode.DELETE).release(KeyCode.DELETE, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(h.prompts.asked).isEmpty();
        assertThat(h.workspace.current().sites()).extracting(Site::name).contains("Blog");

        robot.clickOn("Blog");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(siteGroup.isVisible()).isTrue();
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindowOpen(FxRobot robot) {
        robot.clickOn("Intranet");
        robot.push(KeyCode.F6);
        h.prompts.saveChoice = SaveChoice.CANCEL;
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertThat(h.prompts.asked).containsExactly("save changes to demo");
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Sitebinder — WEB01 (demo) *");
    }

    private static ConnectionCell siteNode(FxRobot robot, String name) {
        return robot.lookup(".connection-cell").queryAllAs(ConnectionCell.class).stream()
                .filter(c -> name.equals(c.getText())).findFirst().orElseThrow();
    }

    private static Button okButton(FxRobot robot) {
        DialogPane pane = robot.lookup(".binding-dialog").queryAs(DialogPane.class);
        return (Button) pane.lookupButton(ButtonType.OK);
    }

    private static TableRow<?> bindingRow(FxRobot robot, String host) {
        return robot.lookup(".bindings-table .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof BindingRow b && b.host().equals(host)).findFirst().orElseThrow();
    }

    private static List<String> portCellsAtFault(FxRobot robot) {
        return robot.lookup(".bindings-table .binding-cell-port").queryAllAs(Labeled.class).stream()
                .filter(n -> n.getPseudoClassStates().contains(ERROR)).map(Labeled::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> findingCodes(FxRobot robot) {
        TableView<FindingRow> table = robot.lookup(".findings-table").queryAs(TableView.class);
        return table.getItems().stream().map(r -> r.code().name()).toList();
    }
}
