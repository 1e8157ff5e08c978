package cn.scgov.bulletin.compilation;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import cn.scgov.bulletin.directory.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ItemFigureController {

    private final ItemFigures figures;

    ItemFigureController(ItemFigures figures) {
        this.figures = figures;
    }

    record ImageRequest(@NotNull(message = "请选择图片附件") Long attachmentId, String caption) {
    }

    @GetMapping("/api/issues/{issueId}/figures")
    List<ItemFigures.Placed> figures(CurrentUser user, @PathVariable long issueId) {
        return figures.ofIssue(user, issueId);
    }

    @PutMapping("/api/issues/{issueId}/items/{itemId}/image")
    ItemFigures.Placed place(CurrentUser user, @PathVariable long issueId, @PathVariable long itemId,
            @Valid @RequestBody ImageRequest request) {
        return figures.place(user, issueId, itemId, request.attachmentId(), request.caption());
    }

    @DeleteMapping("/api/issues/{issueId}/items/{itemId}/image")
    ResponseEntity<Void> remove(CurrentUser user, @PathVariable long issueId, @PathVariable long itemId) {
        figures.remove(user, issueId, itemId);
        return ResponseEntity.noContent().build();
    }
}
