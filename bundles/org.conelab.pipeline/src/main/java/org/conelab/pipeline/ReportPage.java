package org.conelab.pipeline;

import java.util.List;

/** A self-contained HTML page that shows a run's summary and charts. */
final class ReportPage {

    private ReportPage() {
    }

    /**
     * @param title the run folder's name
     * @param summary the summary text
     * @param charts the chart files, relative to the page
     * @return the page
     */
    static String html(String title, String summary, List<String> charts) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title>\n<style>body{font-family:sans-serif;margin:2em;max-width:1100px}"
                        + "pre{background:#f6f6f6;padding:1em;overflow-x:auto}img{max-width:100%;border:1px solid #ddd;margin:1em 0}"
                        + "</style></head><body>\n<h1>").append(escape(title)).append("</h1>\n<pre>")
                .append(escape(summary)).append("</pre>\n");
        for (String chart : charts) {
            page.append("<h2>").append(escape(chart)).append("</h2>\n<img src=\"").append(escape(chart))
                    .append("\" alt=\"").append(escape(chart)).append("\">\n");
        }
        return page.append("<p>Tables: the CSV files beside this page. Repeat the run: <code>./conelab run pipeline.properties</code></p>\n</body></html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
