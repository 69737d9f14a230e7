package org.policywatch.crawler.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Invented news texts for duplicate and relevance tests: a wire story, the same story as a second
 * outlet ran it (its own intro, one sentence reworded, a closing line added), a different story
 * on the same topic, and an off-topic story. Every text here is written for these tests.
 */
public final class WireStories {
    private WireStories() {
    }

    /** Title of the wire story. */
    public static final String WIRE_TITLE = "Harbour city opens second drug checking service as overdose deaths rise";

    /** The wire story as the agency sent it. */
    public static List<String> wire() {
        return List.of(
                "VELMORE PORT - The harbour city of Velmore Port opened its second drug checking service on"
                        + " Monday, as health officials reported that overdose deaths in the region rose for a"
                        + " third year in a row.",
                "The service, run by the nonprofit Tidewater Health Collective in a former ferry office, lets"
                        + " people who use drugs have a small sample tested for fentanyl and other adulterants"
                        + " before they use it, with results in about twenty minutes.",
                "\"Most people who come to us have no idea what is in what they bought,\" said Orla Brennagh,"
                        + " the collective's director. \"When they find out, a lot of them change what they do.\"",
                "Regional health figures released last week showed 212 suspected overdose deaths in the past"
                        + " twelve months, up from 176 the year before, with synthetic opioids found in most of"
                        + " the cases that have been tested so far.",
                "The first checking site, which opened eighteen months ago near the central bus station,"
                        + " tested more than 4,300 samples in its first year and found fentanyl in about a third"
                        + " of the samples sold as heroin, according to its annual report.",
                "The city council approved the second site in a seven to four vote in June, after a debate"
                        + " in which two councillors argued that the money would be better spent on police"
                        + " patrols in the harbour district.",
                "Police commander Idris Halloway said officers would not wait outside the service. \"People"
                        + " need to be able to walk in without looking over their shoulder,\" he said.",
                "The collective plans to keep the new site open six days a week and to add a mobile van that"
                        + " would visit outlying towns twice a month from the spring.",
                "Health officials said they would publish the first results from the second site in the"
                        + " new year, together with a review of how many people were referred to treatment.");
    }

    /** The same story as a second outlet ran it: own intro, one sentence reworded, a line added. */
    public static List<String> syndicatedCopy() {
        List<String> copy = new ArrayList<>(wire());
        copy.set(0, "The harbour city of Velmore Port opened its second drug checking service on Monday, as"
                + " health officials reported that overdose deaths in the region rose for a third year in a row.");
        copy.set(5, "City councillors approved the second site in a seven to four vote in June, after a debate"
                + " in which two councillors argued that the money would be better spent on police"
                + " patrols in the harbour district.");
        copy.add("This story was supplied by a news agency and has been edited for length.");
        return copy;
    }

    /** Title of the different story on the same topic. */
    public static final String OTHER_TITLE = "Island province votes to fund methadone in every district clinic";

    /** A different story on the same topic. */
    public static List<String> otherStory() {
        return List.of(
                "The island province of Carrowmere will offer methadone treatment in all of its fourteen"
                        + " district clinics from next year, after its assembly voted on Thursday to fund the"
                        + " programme for three years.",
                "Until now, people dependent on heroin or other opioids had to travel to the provincial"
                        + " capital, a ferry ride of up to four hours from the outer islands, to collect their"
                        + " daily dose.",
                "\"We have lost people simply because the boat did not run,\" said Dr Fenna Attaway, who has"
                        + " worked at the clinic on Sorrel Island for eleven years.",
                "The plan, which will cost about 9 million a year, passed by twenty-two votes to six. Members"
                        + " who opposed it said the province should invest in drug prevention in schools first.",
                "Nurses in the district clinics will be trained over the winter, and the first patients are"
                        + " expected to start treatment in the outer islands in March.",
                "A harm reduction group, the Carrowmere Drug Users Network, said the vote was overdue but"
                        + " asked for take-home doses so that people would not have to visit a clinic every day.");
    }

    /** Title of the off-topic story. */
    public static final String OFF_TOPIC_TITLE = "Rowing club celebrates centenary with a regatta on the estuary";

    /** An off-topic story (a club anniversary; a "raid" on the cake stall is its only crime). */
    public static List<String> offTopic() {
        return List.of(
                "More than forty crews took to the estuary on Saturday as the Velmore Rowing Club marked its"
                        + " hundredth year with a regatta watched by several thousand people on the quays.",
                "The club, founded by dock workers in the year the harbour wall was finished, now has about"
                        + " 300 members, from schoolchildren to a crew of grandmothers who train at dawn.",
                "\"We started with two boats borrowed from the harbour master,\" said club president Maeve"
                        + " Tolland. \"Now we have twenty-six, and a waiting list for the junior squad.\"",
                "The main race was won by a mixed crew from the club itself, a length ahead of visitors from"
                        + " the university, while the junior crews staged a late raid on the cake stall.",
                "The club plans to open its restored boathouse to the public in the summer, with an"
                        + " exhibition of photographs from its first hundred years.");
    }

    /** An article page for a local outlet, with the outlet's own chrome around the text. */
    public static String page(String outlet, String canonicalUrl, String title, List<String> paragraphs) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append(" | ").append(outlet).append("</title><link rel=\"canonical\" href=\"")
                .append(canonicalUrl).append("\"></head><body><header><nav><a href=\"/\">").append(outlet)
                .append("</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav></header><main><article><h1>")
                .append(title).append("</h1><p class=\"byline\">By ").append(outlet).append(" staff</p>");
        for (String p : paragraphs) {
            html.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
        }
        return html.append("</article><aside><h2>Most read at ").append(outlet)
                .append("</h2><ul><li><a href=\"/x\">Weather warning for the weekend</a></li></ul></aside></main>")
                .append("<footer>Copyright ").append(outlet).append("</footer></body></html>").toString();
    }
}
