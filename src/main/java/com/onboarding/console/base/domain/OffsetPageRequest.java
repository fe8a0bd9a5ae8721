package com.onboarding.console.base.domain;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A window of rows from any offset. Lazy grids ask for offsets that need not be a multiple of the page
 * size, which {@link org.springframework.data.domain.PageRequest} cannot express.
 */
public final class OffsetPageRequest implements Pageable {

    private final long offset;
    private final int limit;
    private final Sort sort;

    private OffsetPageRequest(long offset, int limit, Sort sort) {
        this.offset = offset;
        this.limit = limit;
        this.sort = sort;
    }

    /** Negative offsets count as 0 and limits below 1 as 1. */
    public static OffsetPageRequest of(long offset, int limit, Sort sort) {
        return new OffsetPageRequest(Math.max(0, offset), Math.max(1, limit), sort);
    }

    @Override
    public int getPageNumber() {
        return (int) (offset / limit);
    }

    @Override
    public int getPageSize() {
        return limit;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return sort;
    }

    @Override
    public Pageable next() {
        return new OffsetPageRequest(offset + limit, limit, sort);
    }

    @Override
    public Pageable previousOrFirst() {
        return hasPrevious() ? new OffsetPageRequest(Math.max(0, offset - limit), limit, sort) : first();
    }

    @Override
    public Pageable first() {
        return new OffsetPageRequest(0, limit, sort);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetPageRequest((long) pageNumber * limit, limit, sort);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof OffsetPageRequest other && other.offset == offset && other.limit == limit
                && other.sort.equals(sort);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(offset) * 31 * 31 + limit * 31 + sort.hashCode();
    }

    @Override
    public String toString() {
        return "offset " + offset + ", limit " + limit + ", " + sort;
    }
}
