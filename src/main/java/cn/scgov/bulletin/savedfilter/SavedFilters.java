package cn.scgov.bulletin.savedfilter;

import cn.scgov.bulletin.savedfilter.internal.SavedFilterRepository;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's saved filters. A filter keeps only the parameters its page knows, so applying it can only
 * lead to that page; another user's filter is answered as unknown (404), never as forbidden.
 */
@Service
public class SavedFilters {

    static final int MAX_NAME = 50;
    static final int MAX_VALUE = 100;
    static final int MAX_PER_USER = 100;

    private final SavedFilterRepository filters;
    private final ApplicationEventPublisher events;
    private final TimeSource time;

    SavedFilters(SavedFilterRepository filters, ApplicationEventPublisher events, TimeSource time) {
        this.filters = filters;
        this.events = events;
        this.time = time;
    }

    @Transactional(readOnly = true)
    public List<SavedFilter> list(CurrentUser user, FilterKind kind) {
        return filters.list(user.username(), kind);
    }

    @Transactional(readOnly = true)
    public SavedFilter require(CurrentUser user, long id) {
        return filters.find(user.username(), id).orElseThrow(() -> new NotFoundException("没有这个保存的筛选"));
    }

    /** Saves the page's current parameters under a name of the user's (409 when the name is taken). */
    @Transactional
    public SavedFilter save(CurrentUser user, FilterKind kind, String name, Map<String, String> parameters) {
        if (kind == null) {
            throw InvalidInputException.field("kind", "请指明是待办还是检索的筛选");
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw InvalidInputException.field("name", "请为筛选起个名字");
        }
        if (trimmed.length() > MAX_NAME) {
            throw InvalidInputException.field("name", "名称不超过 " + MAX_NAME + " 个字");
        }
        String query = query(kind, parameters == null ? Map.of() : parameters);
        if (filters.nameTaken(user.username(), kind, trimmed)) {
            throw new ConflictException("已有名为“" + trimmed + "”的筛选，请换个名字或先删除它");
        }
        if (filters.list(user.username(), null).size() >= MAX_PER_USER) {
            throw new ConflictException("保存的筛选已达 " + MAX_PER_USER + " 个，请先删除不用的");
        }
        long id = filters.insert(user.username(), kind, trimmed, query, time.now());
        events.publishEvent(ProcessLogged.of(SavedFilterAction.FILTER_SAVED, user.username(), trimmed + "：" + kind.path()
                + (query.isEmpty() ? "" : "?" + query)));
        return require(user, id);
    }

    @Transactional
    public void delete(CurrentUser user, long id) {
        SavedFilter filter = require(user, id);
        filters.delete(filter.id());
        events.publishEvent(ProcessLogged.of(SavedFilterAction.FILTER_DELETED, user.username(), filter.name()));
    }

    /** The parameters of a page address's query string, as saved from the page. */
    public static Map<String, String> parameters(String queryString) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (queryString == null || queryString.isBlank()) {
            return parameters;
        }
        for (String pair : queryString.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    parameters.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    throw InvalidInputException.field("query", "筛选条件无法识别");
                }
            }
        }
        return parameters;
    }

    /** The page the filter form was on, with only the parameters that page knows (never another address). */
    public static String back(FilterKind kind, String queryString) {
        try {
            String query = query(kind, parameters(queryString));
            return query.isEmpty() ? kind.path() : kind.path() + "?" + query;
        } catch (InvalidInputException e) {
            return kind.path();
        }
    }

    private static String query(FilterKind kind, Map<String, String> parameters) {
        StringJoiner query = new StringJoiner("&");
        for (String name : kind.parameters()) {
            String value = parameters.get(name);
            if (value != null && !value.isBlank()) {
                if (value.length() > MAX_VALUE) {
                    throw InvalidInputException.field(name, "筛选条件不超过 " + MAX_VALUE + " 个字符");
                }
                query.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }
}
