package cn.scgov.bulletin.savedfilter;

import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.directory.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SavedFilterController {

    private final SavedFilters filters;

    SavedFilterController(SavedFilters filters) {
        this.filters = filters;
    }

    record SaveRequest(FilterKind kind, String name, Map<String, String> parameters) {
    }

    @GetMapping("/api/saved-filters")
    List<SavedFilter> list(CurrentUser user, @RequestParam(required = false) FilterKind kind) {
        return filters.list(user, kind);
    }

    @GetMapping("/api/saved-filters/{id}")
    SavedFilter one(CurrentUser user, @PathVariable long id) {
        return filters.require(user, id);
    }

    @PostMapping("/api/saved-filters")
    @ResponseStatus(HttpStatus.CREATED)
    SavedFilter save(CurrentUser user, @RequestBody SaveRequest request) {
        return filters.save(user, request.kind(), request.name(), request.parameters());
    }

    @DeleteMapping("/api/saved-filters/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser user, @PathVariable long id) {
        filters.delete(user, id);
    }
}
