package vn.officialmail.gateway.reports;

/** A label and how often it occurred (a domain, a document type, a direction, a kind). */
public record Count(String label, long count) {}
