/**
 * Scheduled jobs on Quartz with a JDBC job store in the gateway's database, so several gateway
 * nodes share one schedule (clustered) and a job survives a restart; every job and its last
 * outcome is listed by {@code GET /api/jobs}. A feature adds a job through {@link
 * vn.officialmail.gateway.scheduling.ScheduledJobs}.
 */
@NullMarked
package vn.officialmail.gateway.scheduling;

import org.jspecify.annotations.NullMarked;
