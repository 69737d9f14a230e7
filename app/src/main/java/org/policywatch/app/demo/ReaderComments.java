package org.policywatch.app.demo;

import java.util.List;
import java.util.stream.IntStream;

/** The invented reader comments shown under articles, picked deterministically per article. */
final class ReaderComments {

    /** One reader comment. */
    record Comment(String handle, String ago, String text) {
    }

    private static final List<Comment> ON_TOPIC = List.of(
            new Comment("tamsin_r", "2 hours ago",
                    "Thank you for reporting this properly. Most outlets just print the police statement and move on."),
            new Comment("OldHarbourMan", "5 hours ago",
                    "I lost my nephew four years ago. Every story like this takes me straight back to that week."),
            new Comment("k.adeyemi", "yesterday",
                    "Would be good to see the actual numbers over ten years, not just this month's figures."),
            new Comment("northbank_nurse", "yesterday",
                    "Worked in outreach for six years. Nothing in this piece surprises me, sadly."),
            new Comment("J. Whitcombe", "3 hours ago",
                    "Tough on crime has been tried for decades. Where are the results?"),
            new Comment("marisol.v", "1 hour ago",
                    "Sharing this with my local councillor. People need to read it."),
            new Comment("Devon Pike", "6 hours ago",
                    "I am not sure the answer is as simple as the campaigners say, but the current system clearly is not working."));

    private static final List<Comment> GENERAL = List.of(
            new Comment("weekend_reader", "4 hours ago", "Lovely piece, brought back good memories."),
            new Comment("Gav from Leith", "2 hours ago", "Brilliant write-up. Was there and it felt exactly like this."),
            new Comment("hungry_in_kl", "yesterday", "Going next year for sure. Any tips on when to arrive?"));

    private ReaderComments() {
    }

    /** Two or three comments for the article, always the same for the same slug. */
    static List<Comment> forArticle(DemoArticle article) {
        List<Comment> pool = article.onTopic() ? ON_TOPIC : GENERAL;
        int seed = Math.floorMod(article.slug().hashCode(), pool.size());
        int count = 2 + Math.floorMod(article.slug().length(), 2);
        return IntStream.range(0, Math.min(count, pool.size()))
                .mapToObj(i -> pool.get((seed + i) % pool.size()))
                .toList();
    }
}
