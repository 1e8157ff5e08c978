package cn.scgov.bulletin.security;

import static cn.scgov.bulletin.security.EndpointMatrix.APPROVERS;
import static cn.scgov.bulletin.security.EndpointMatrix.EVERYONE;
import static cn.scgov.bulletin.security.EndpointMatrix.OFFICE;
import static cn.scgov.bulletin.security.EndpointMatrix.PARTICIPANTS;
import static cn.scgov.bulletin.security.EndpointMatrix.call;

import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.security.EndpointMatrix.Call;
import cn.scgov.bulletin.security.EndpointMatrix.Fixture;

/** The matrix's rows from compiling an issue to delivering it: compilation, sign-off, copies, distribution, documents. */
final class CompilationEndpoints {

    private CompilationEndpoints() {
    }

    static List<Call> calls(Fixture f) {
        long i = f.issue();
        String issue = "/api/issues/" + i;
        String item = issue + "/items/" + f.item();
        return List.of(
                // figures placed in items: read with the compilation, placed by the editor (an image of the item's own
                // department only: the editor's item takes none, and has none to take away)
                call("GET", issue + "/figures").answers(200, OFFICE),
                call("PUT", item + "/image").body(() -> Map.of("attachmentId", f.attachment())).answers(400, "editor"),
                call("DELETE", item + "/image").answers(404, "editor"),
                // the compilation: the office reads it, the editor changes it (and may prepare it while collecting);
                // the item is one the editor added, so its changes are the editor's (a stale version is a 409)
                call("GET", issue + "/compilation").answers(200, OFFICE),
                call("GET", item + "/revisions").answers(200, OFFICE),
                call("GET", item + "/revisions/1/diff/1").answers(200, OFFICE),
                call("POST", issue + "/sections/" + f.news() + "/items").body(() -> Map.of("text", "编辑条目"))
                        .answers(201, "editor"),
                call("PUT", item).body(() -> Map.of("text", "改", "version", 999)).answers(409, "editor"),
                call("DELETE", item + "?version=999").answers(409, "editor"),
                call("PUT", issue + "/sections/" + f.news() + "/order").body(() -> Map.of("itemIds", List.of()))
                        .answers(400, "editor"),
                call("PUT", issue + "/sections/" + f.figures() + "/statistics")
                        .body(() -> Map.of("values", Map.of("consultations", 1))).answers(200, "editor"),
                call("PUT", issue + "/sections/" + f.inspection() + "/checklist")
                        .body(() -> Map.of("findings", List.of("总体情况良好。", "总体情况良好。"))).answers(200, "editor"),
                call("PUT", issue + "/sections/" + f.news() + "/intro").body(() -> Map.of("text", "导语"))
                        .answers(204, "editor"),
                call("POST", issue + "/send-to-signoff").answers(409, "editor"),
                // sign-off: the office reads the chain, approvers decide (not yet: the issue is collecting)
                call("GET", issue + "/signoff").answers(200, OFFICE),
                call("POST", issue + "/signoff").body(() -> Map.of("decision", "APPROVE")).answers(409, APPROVERS),
                call("POST", issue + "/signoff/signers").body(() -> Map.of("username", "leader2"))
                        .answers(409, APPROVERS),
                call("POST", issue + "/signoff/signers").body(() -> Map.of("username", "leader2", "before", true))
                        .answers(409, APPROVERS),
                call("DELETE", issue + "/signoff/signers/0").answers(409, APPROVERS),
                call("POST", issue + "/signoff").body(() -> Map.of("decision", "RETURN", "opinion", "退回",
                        "returnToStep", 0)).answers(409, APPROVERS),
                call("POST", issue + "/signoff/withdraw").answers(409, APPROVERS),
                call("POST", issue + "/signoff/withdraw-sending").answers(409, "editor"),
                call("POST", issue + "/signoff/urge").body(() -> Map.of("message", "请尽快审签")).answers(409, "editor"),
                call("GET", issue + "/signoff/urges").answers(200, OFFICE),
                call("POST", issue + "/recipients/urge").body(() -> Map.of()).answers(409, "editor"),
                // copies (抄送): editors and approvers in the chain copy an issue in progress (this one is collecting);
                // who was copied is part of its history; one's own copies
                call("POST", issue + "/cc").body(() -> Map.of("usernames", List.of("recipient2"))).answers(409, "editor"),
                call("GET", issue + "/cc").answers(200, OFFICE),
                call("GET", "/api/cc").answers(200, EVERYONE),
                call("GET", "/api/cc?unread=true").answers(200, EVERYONE),
                call("POST", "/api/cc/987654/read").answers(404, EVERYONE),
                // distribution: one's own deliveries; receipts for the office; nothing delivered yet
                call("GET", "/api/deliveries").answers(200, EVERYONE),
                call("POST", issue + "/acknowledge"),
                // anyone but the three administrators may hold deliveries: the answer is per issue (here 403 for
                // each: nothing delivered); the administrators are refused as a whole
                call("POST", "/api/deliveries/bulk-acknowledge").body(() -> Map.of("issueIds", List.of(i)))
                        .answers(200, PARTICIPANTS),
                call("GET", issue + "/recipients").answers(200, OFFICE),
                // documents: drafts for the office only
                call("GET", issue + "/document.txt").accept("text/plain").answers(200, OFFICE),
                call("GET", issue + "/document.html").accept("text/html").answers(200, OFFICE),
                call("GET", issue + "/document.docx").accept("*/*").answers(200, OFFICE),
                call("GET", issue + "/document.exe").accept("*/*").answers(404, EVERYONE));
    }
}
