/**
 * Building blocks of the HTML report: XML-safe escaping, number formatting and the inline SVG
 * plots (bar chart with confidence intervals, scatter, heat map). They take plain labels and
 * numbers, not the leaderboard model, so they know nothing about task families; everything they
 * emit is well-formed XML, since the page is written as XHTML and tests parse it as such.
 */
package org.aiotbench.report.html;
