package cn.scgov.bulletin.shared;

/** A validated page request: page from 0, size 1..200. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw InvalidInputException.field("page", "页码不能为负数");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInputException.field("size", "每页条数须在 1 到 " + MAX_SIZE + " 之间");
        }
    }

    public static PageRequest of(Integer page, Integer size, int defaultSize) {
        return new PageRequest(page == null ? 0 : page, size == null ? defaultSize : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
