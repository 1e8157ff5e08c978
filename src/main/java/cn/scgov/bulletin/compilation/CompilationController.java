package cn.scgov.bulletin.compilation;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.scgov.bulletin.directory.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CompilationController {

    private final CompilationService service;

    CompilationController(CompilationService service) {
        this.service = service;
    }

    record NewItemRequest(@NotNull(message = "内容不能为空") @Size(max = CompilationService.MAX_TEXT, message = "内容不超过 20000 字") String text) {
    }

    record ItemRequest(@NotNull(message = "内容不能为空") @Size(max = CompilationService.MAX_TEXT, message = "内容不超过 20000 字") String text,
            Boolean included, @NotNull(message = "缺少版本号") Integer version) {
    }

    record OrderRequest(@NotNull(message = "请给出条目顺序") List<@NotNull Long> itemIds) {
    }

    record StatisticsRequest(@NotNull(message = "请填写统计数据") Map<String, java.math.BigDecimal> values) {
    }

    record ChecklistRequest(@NotEmpty(message = "请填写巡查情况") List<String> findings) {
    }

    record IntroRequest(@Size(max = CompilationService.MAX_TEXT, message = "导语不超过 20000 字") String text) {
    }

    @GetMapping("/api/issues/{issueId}/compilation")
    Compilation compilation(CurrentUser user, @PathVariable long issueId) {
        return service.compilation(user, issueId);
    }

    @PostMapping("/api/issues/{issueId}/sections/{sectionId}/items")
    @ResponseStatus(HttpStatus.CREATED)
    CompiledItem addItem(CurrentUser user, @PathVariable long issueId, @PathVariable long sectionId,
            @Valid @RequestBody NewItemRequest request) {
        return service.addItem(user, issueId, sectionId, request.text());
    }

    @PutMapping("/api/issues/{issueId}/items/{itemId}")
    CompiledItem editItem(CurrentUser user, @PathVariable long issueId, @PathVariable long itemId,
            @Valid @RequestBody ItemRequest request) {
        return service.editItem(user, issueId, itemId, request.text(), request.included() == null || request.included(),
                request.version());
    }

    @DeleteMapping("/api/issues/{issueId}/items/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeItem(CurrentUser user, @PathVariable long issueId, @PathVariable long itemId, @RequestParam int version) {
        service.removeItem(user, issueId, itemId, version);
    }

    @PutMapping("/api/issues/{issueId}/sections/{sectionId}/order")
    List<CompiledItem> reorder(CurrentUser user, @PathVariable long issueId, @PathVariable long sectionId,
            @Valid @RequestBody OrderRequest request) {
        return service.reorder(user, issueId, sectionId, request.itemIds());
    }

    @PutMapping("/api/issues/{issueId}/sections/{sectionId}/statistics")
    List<StatisticFigure> statistics(CurrentUser user, @PathVariable long issueId, @PathVariable long sectionId,
            @Valid @RequestBody StatisticsRequest request) {
        return service.fillStatistics(user, issueId, sectionId, request.values());
    }

    @PutMapping("/api/issues/{issueId}/sections/{sectionId}/checklist")
    List<ChecklistEntry> checklist(CurrentUser user, @PathVariable long issueId, @PathVariable long sectionId,
            @Valid @RequestBody ChecklistRequest request) {
        return service.fillChecklist(user, issueId, sectionId, request.findings());
    }

    @PutMapping("/api/issues/{issueId}/sections/{sectionId}/intro")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void intro(CurrentUser user, @PathVariable long issueId, @PathVariable long sectionId,
            @Valid @RequestBody IntroRequest request) {
        service.setIntro(user, issueId, sectionId, request.text());
    }

    @PostMapping("/api/issues/{issueId}/send-to-signoff")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void sendToSignoff(CurrentUser user, @PathVariable long issueId) {
        service.sendToSignoff(user, issueId);
    }
}
