package nl.sleutelnet.contact;

import java.util.List;

/**
 * A contact moment as typed (form or API), before validation: values are strings so that every
 * problem can be reported next to its field. Empty follow-up rows are left out by the caller.
 */
public record ContactMomentDraft(String date, String channel, List<String> participants, List<String> topics,
        String note, List<FollowUpDraft> followUps) {

    public ContactMomentDraft {
        participants = participants == null ? List.of() : List.copyOf(participants);
        topics = topics == null ? List.of() : List.copyOf(topics);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
    }

    /** One follow-up action as typed. */
    public record FollowUpDraft(String description, String owner, String dueOn) {

        public boolean blank() {
            return isBlank(description) && isBlank(owner) && isBlank(dueOn);
        }

        private static boolean isBlank(String s) {
            return s == null || s.isBlank();
        }
    }
}
