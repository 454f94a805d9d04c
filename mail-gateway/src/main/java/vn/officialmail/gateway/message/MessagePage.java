package vn.officialmail.gateway.message;

import java.util.List;

/**
 * One page of message records.
 *
 * @param items the records on this page
 * @param total how many match in all
 * @param page the page number
 * @param size the page size
 */
public record MessagePage(List<MessageRecord> items, long total, int page, int size) {}
