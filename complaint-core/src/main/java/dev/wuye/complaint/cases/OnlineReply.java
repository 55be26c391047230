package dev.wuye.complaint.cases;

import java.time.Instant;

/**
 * The online reply of a case whose customer chose to be answered online (R-4.4.2d5); every
 * component is {@code null} until that step happens.
 *
 * @param text       the drafted reply
 * @param approvedBy the centre director who approved it
 * @param postedAt   when it was posted
 */
record OnlineReply(String text, String approvedBy, Instant postedAt) {

    /** No reply drafted. */
    static final OnlineReply NONE = new OnlineReply(null, null, null);

    /** A (new) draft, not yet approved. */
    static OnlineReply drafted(String text) {
        return new OnlineReply(text, null, null);
    }

    /** This draft, approved and posted. */
    OnlineReply posted(String by, Instant at) {
        return new OnlineReply(text, by, at);
    }
}
