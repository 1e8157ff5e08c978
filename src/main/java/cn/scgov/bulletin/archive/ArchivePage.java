package cn.scgov.bulletin.archive;

import java.util.List;

/** One page of hits, newest issue first; {@code hasNext} instead of a count of every hit. */
public record ArchivePage(List<ArchiveHit> items, int page, int size, boolean hasNext) {
}
