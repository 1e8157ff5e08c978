package cn.scgov.bulletin.bulletin;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import cn.scgov.bulletin.directory.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/bulletins")
@Validated
public class BulletinController {

    private final BulletinCatalog catalog;
    private final FiguresReadPolicy figures;

    BulletinController(BulletinCatalog catalog, FiguresReadPolicy figures) {
        this.catalog = catalog;
        this.figures = figures;
    }

    public record NewBulletinRequest(
            @NotBlank(message = "刊物编码不能为空") @Pattern(regexp = "[a-z0-9-]{2,32}", message = "刊物编码须为 2-32 位小写字母、数字或连字符") String code,
            @NotNull(message = "缺少刊物设置") @Valid BulletinDefinition definition) {
    }

    public record BulletinUpdateRequest(@NotNull(message = "缺少刊物设置") @Valid BulletinDefinition definition,
            @NotNull(message = "请说明是否启用") Boolean active, @NotNull(message = "缺少版本号") Integer version) {
    }

    @GetMapping
    List<Bulletin> bulletins(CurrentUser user) {
        return catalog.bulletins();
    }

    @GetMapping("/{id}")
    Bulletin bulletin(CurrentUser user, @PathVariable long id) {
        return catalog.bulletin(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Bulletin create(CurrentUser user, @Valid @RequestBody NewBulletinRequest request) {
        return catalog.create(user, request.code(), request.definition());
    }

    @PutMapping("/{id}")
    Bulletin update(CurrentUser user, @PathVariable long id, @Valid @RequestBody BulletinUpdateRequest request) {
        return catalog.update(user, id, request.definition(), request.active(), request.version());
    }

    @GetMapping("/{id}/opening-figures/{year}")
    Map<String, java.math.BigDecimal> openingFigures(CurrentUser user, @PathVariable long id,
            @PathVariable @Min(value = 1990, message = "年份无效") @Max(value = 2200, message = "年份无效") int year) {
        figures.requireFiguresReader(user);
        catalog.bulletin(id);
        return catalog.openingFigures(id, year);
    }

    @PutMapping("/{id}/opening-figures/{year}")
    Map<String, java.math.BigDecimal> setOpeningFigures(CurrentUser user, @PathVariable long id,
            @PathVariable @Min(value = 1990, message = "年份无效") @Max(value = 2200, message = "年份无效") int year,
            @RequestBody @NotNull(message = "缺少数据") Map<String, java.math.BigDecimal> figures) {
        return catalog.setOpeningFigures(user, id, year, figures);
    }
}
