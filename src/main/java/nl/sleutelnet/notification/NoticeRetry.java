package nl.sleutelnet.notification;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.sleutelnet.tenancy.MunicipalityJobs;

/**
 * Offers notices whose mail failed (their publication is still incomplete) again, by one
 * instance of the cluster; the listeners set the tenant from the event themselves.
 */
@Component
class NoticeRetry {

    private final IncompleteEventPublications incomplete;
    private final MunicipalityJobs jobs;
    private final Duration retryAfter;

    NoticeRetry(IncompleteEventPublications incomplete, MunicipalityJobs jobs,
            @Value("${sleutelnet.notification.retry-after:PT5M}") Duration retryAfter) {
        this.incomplete = incomplete;
        this.jobs = jobs;
        this.retryAfter = retryAfter;
    }

    @Scheduled(initialDelayString = "PT3M", fixedDelayString = "${sleutelnet.notification.retry-after:PT5M}")
    void resubmit() {
        jobs.onceInCluster("notice-retry", () -> incomplete.resubmitIncompletePublicationsOlderThan(retryAfter));
    }
}
