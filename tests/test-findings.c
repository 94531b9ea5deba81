/* test-findings.c: the sentences the council reads, in Spanish, from the
 * bundled sample and from reports made up here
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ind-draw-private.h"
#include "ind-findings-private.h"
#include "ind-format.h"
#include "ind-test-util.h"

static IndReport *sample;

#define TITLE "**ENTIDAD\nINDICADORES DE RESULTADOS AL 31 DE MARZO DE 2024.**\n\n"
#define HEADER "Clave\tNombre\tModificado\tDevengado\tPagado\t%AV.FIN\t%AV.FIS\tPonderado %\tMeta:\tUnidades\tUnidad de Medida\n"

/* Words that sound an alarm; none of them for a report on pace. */
static const char *const alarms[] = {
  "anticipado", "ubejercicio", "obreejercicio", "por detrás", "por delante",
  "agota", "Falta", "no cuadran", "menos que", "más que",
};

static IndReport *
load (const char *rows)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strconcat (TITLE, HEADER, rows, NULL);
  IndReport *report = ind_test_load_string (text, &error);

  g_assert_no_error (error);
  return report;
}

/* What every council sentence keeps to: no internal codes, source lines
 * or file names; a word first, never a digit or an amount; a full stop
 * last; no number that failed to compute. */
static void
assert_council_text (char **sentences)
{
  g_assert_nonnull (sentences);
  for (guint i = 0; sentences[i] != NULL; i++)
    {
      const char *s = sentences[i];

      g_test_message ("%s", s);
      g_assert_null (strstr (s, "C?"));
      /* "la línea SUMAS" is the report's own word, "línea 80" a source line */
      g_assert_false (g_regex_match_simple ("l[íi]nea \\d|line \\d", s, G_REGEX_CASELESS, 0));
      g_assert_null (strstr (s, "oosapat-indicadores"));
      g_assert_null (strstr (s, "prueba.txt"));
      /* a word: "financieras" holds the letters too */
      g_assert_false (g_regex_match_simple ("\\bnan\\b", s, G_REGEX_CASELESS, 0));
      g_assert_null (strstr (s, "inf%"));
      g_assert_false (g_ascii_isdigit (s[0]));
      g_assert_cmpint (s[0], !=, '$');
      g_assert_cmpint (s[0], !=, '%');
      g_assert_true (g_str_has_suffix (s, "."));
    }
}

/* The index of the one sentence holding @fragment; fails if none or
 * more than one does. */
static guint
index_of (char       **sentences,
          const char  *fragment)
{
  guint found = G_MAXUINT;

  for (guint i = 0; sentences[i] != NULL; i++)
    if (strstr (sentences[i], fragment) != NULL)
      {
        if (found != G_MAXUINT)
          g_error ("«%s» is in more than one sentence:\n%s\n%s", fragment, sentences[found], sentences[i]);
        found = i;
      }
  if (found == G_MAXUINT)
    g_error ("no sentence holds «%s»", fragment);
  return found;
}

static const char *
sentence_with (char       **sentences,
               const char  *fragment)
{
  return sentences[index_of (sentences, fragment)];
}

static void
assert_contains (const char *text,
                 const char *fragment)
{
  if (strstr (text, fragment) == NULL)
    g_error ("«%s» is not in «%s»", fragment, text);
}

static void
assert_none_contains (char       **sentences,
                      const char  *fragment)
{
  for (guint i = 0; sentences[i] != NULL; i++)
    if (strstr (sentences[i], fragment) != NULL)
      g_error ("«%s» should not be in «%s»", fragment, sentences[i]);
}

static guint
count_words (char **sentences)
{
  guint words = 0;

  for (guint i = 0; sentences[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (sentences[i], " ", -1);

      words += g_strv_length (parts);
    }
  return words;
}

/* ---- Amounts for speech ---------------------------------------------- */

static void
test_money_spoken (void)
{
  static const struct { gint64 centavos; const char *spoken; } cases[] = {
    { 4109519060, "$41.1 millones" },      /* 103's money no component holds */
    { 1179230584, "$11.8 millones" },
    { 85000000, "$850 mil" },
    { 41510764, "$415 mil" },
    { 960000, "$9.6 mil" },
    { 100000, "$1 mil" },
    { 99996, "$999.96" },                  /* small amounts stay exact */
    { 37, "$0.37" },
    { 0, "$0.00" },
    { 99950000, "$1 millón" },             /* 999,500 pesos round up to a million */
    { 99949900, "$999 mil" },
    { 4100000000, "$41 millones" },        /* no ".0" */
    { 10924722441, "$109.2 millones" },
    { 99995000000, "$1 mil millones" },
    { 123456789000, "$1.2 mil millones" },
    { -4109519060, "-$41.1 millones" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *spoken = ind_format_money_spoken (cases[i].centavos);

      g_assert_cmpstr (spoken, ==, cases[i].spoken);
    }
}

/* ---- The sample ---------------------------------------------------- */

static void
test_sample_risk_first (void)
{
  g_auto(GStrv) findings = ind_findings_build (sample);

  /* what lets the finding say the money runs out before December, for
   * any pace (RUNS_OUT_BEFORE_DECEMBER in ind-findings.c) */
  g_assert_cmpfloat (IND_SEMAFORO_DEFAULT_YELLOW, >=, 100.0 / 11.0);
  assert_council_text (findings);
  /* 101 has accrued 79.9 % of its year in a quarter: a risk, first,
   * never praise nor sobreejercicio (it is within its budget) */
  assert_contains (findings[0], "Ejercicio anticipado");
  assert_contains (findings[0], "programa 101");
  assert_contains (findings[0], "79.9%");
  assert_contains (findings[0], "25.0%");
  assert_contains (findings[0], "se agota antes de fin de año");
  assert_none_contains (findings, "obreejercicio");
  /* and right after it, what drives it: 101/C01/A05 is $11,628,641.31
   * of the program's $11,792,305.84 */
  assert_contains (findings[1], "101/C01/A05");
  assert_contains (findings[1], "APOYOS OTORGADOS A USUARIOS EN SITUACION DE VULNERABILIDAD");
  assert_contains (findings[1], "$11.6 millones de los $11.8 millones");
  /* only rounded amounts: the exact ones are in the tables */
  assert_none_contains (findings, "$11,628,641.31");
}

static void
test_sample_overall (void)
{
  g_auto(GStrv) findings = ind_findings_build (sample);
  const char *overall = sentence_with (findings, "En conjunto");

  /* 45,455,380.04 of 168,837,476.42 is 26.9 %, near the 25 % pace, but
   * 103, 102 and 104 are behind it and 101 far ahead */
  assert_contains (overall, "26.9%");
  assert_contains (overall, "cerca del 25.0% esperado");
  assert_contains (overall, "pero tres de los cuatro programas van por detrás");
  assert_contains (overall, "el 101 va muy por delante");
  g_assert_cmpuint (index_of (findings, "En conjunto"), ==, 2);
}

static void
test_sample_results (void)
{
  g_auto(GStrv) findings = ind_findings_build (sample);

  /* every activity prints 0.000 % and 0 reached */
  assert_contains (sentence_with (findings, "avance físico"),
                   "Ninguna de las 66 actividades informa avance físico ni metas alcanzadas, "
                   "aunque ya se devengó el 26.9% del presupuesto.");
}

static void
test_sample_avance_financiero (void)
{
  g_auto(GStrv) findings = ind_findings_build (sample);
  const char *sentence = sentence_with (findings, "%AV.FIN");

  assert_contains (sentence, "33 de las 79 filas");
  assert_contains (sentence, "101/C01: 3.232% informado, 82.0% calculado");
  assert_contains (sentence, "los documentos usan el calculado");
}

static void
test_sample_money_not_placed (void)
{
  g_auto(GStrv) findings = ind_findings_build (sample);

  /* 43,892,250.12 − 2,797,059.52 = 41,095,190.60 that no component holds */
  assert_contains (sentence_with (findings, "$41.1 millones"),
                   "Ningún componente explica $41.1 millones de los $43.9 millones del programa 103");
  /* 2,797,059.52 − 2,381,951.88 = 415,107.64 */
  assert_contains (sentence_with (findings, "103/C01 "), "$415 mil menos que el componente");
  assert_contains (sentence_with (findings, "SUMAS"), "Los cuatro programas suman al centavo la línea SUMAS");
}

static void
test_sample_behind (void)
{
  g_auto(GStrv) findings = ind_findings_build (sample);
  const char *behind = sentence_with (findings, "(subejercicio)");

  /* furthest first, with the points behind; 101 is not among them */
  assert_contains (behind, "el 103 con el 18.9% (6.1 puntos menos), el 102 con el 21.4% (3.6 puntos menos) "
                           "y el 104 con el 23.0% (2.0 puntos menos)");
  g_assert_null (strstr (behind, "101"));
}

/* Risks, the whole, results and the money at stake before the rest: the
 * slides show the first five. */
static void
test_sample_order (void)
{
  g_auto(GStrv) findings = ind_findings_build (sample);
  guint risk = index_of (findings, "Ejercicio anticipado");
  guint driver = index_of (findings, "101/C01/A05");
  guint overall = index_of (findings, "En conjunto");
  guint results = index_of (findings, "avance físico");
  guint unplaced = index_of (findings, "$41.1 millones");
  guint behind = index_of (findings, "(subejercicio)");
  guint avance = index_of (findings, "%AV.FIN");
  guint sumas = index_of (findings, "SUMAS");

  g_assert_cmpuint (risk, ==, 0);
  g_assert_cmpuint (driver, ==, 1);
  g_assert_cmpuint (overall, <, results);
  g_assert_cmpuint (results, <, unplaced);
  g_assert_cmpuint (unplaced, ==, 4);
  g_assert_cmpuint (behind, >, unplaced);
  g_assert_cmpuint (avance, >, behind);
  g_assert_cmpuint (sumas, ==, g_strv_length (findings) - 1);
}

static void
test_sample_review (void)
{
  g_auto(GStrv) review = ind_findings_build_review (sample);

  assert_council_text (review);
  g_assert_cmpuint (g_strv_length (review), <=, 5);
  g_assert_cmpuint (count_words (review), <=, 75);
  /* most important first: the lost page and the money at stake */
  assert_contains (review[0], "Falta al menos una página del programa 103");
  assert_contains (review[0], "tres filas");
  assert_contains (review[0], "$41.1 millones");
  assert_contains (sentence_with (review, "103/C01"), "$415 mil");
  assert_contains (sentence_with (review, "%AV.FIN"), "33 de sus 79 filas");
  /* the count last: 1 error, 11 warnings and 1 note (whatever its name) */
  assert_contains (review[g_strv_length (review) - 1], "13 puntos por revisar (1 error, 11 advertencias y 1 ");
}

/* Each of @brief is a slide's point: at most sixteen words, and one
 * for each of @full, in its order. */
static void
assert_brief (char **brief,
              char **full)
{
  assert_council_text (brief);
  g_assert_cmpuint (g_strv_length (brief), ==, g_strv_length (full));
  for (guint i = 0; brief[i] != NULL; i++)
    {
      g_auto(GStrv) one = g_strdupv ((char *[]) { brief[i], NULL });
      guint words = count_words (one);

      if (words > 16)
        g_error ("%u words in «%s»", words, brief[i]);
      g_assert_null (strstr (brief[i], "línea"));
      g_assert_null (strstr (brief[i], "  "));
    }
}

/* @report's brief findings against its full ones, @full. */
static void
assert_brief_of (IndReport  *report,
                 char      **full)
{
  g_auto(GStrv) brief = ind_findings_build_brief (report);

  assert_brief (brief, full);
}

/* The findings slide shows the first five brief findings: one idea each
 * in about seventy words together, the same findings as the summary's. */
static void
test_sample_brief (void)
{
  g_auto(GStrv) full = ind_findings_build (sample);
  g_auto(GStrv) brief = ind_findings_build_brief (sample);
  g_auto(GStrv) first = NULL;

  assert_brief (brief, full);
  g_assert_cmpuint (g_strv_length (brief), >=, 5);
  first = g_strdupv ((char *[]) { brief[0], brief[1], brief[2], brief[3], brief[4], NULL });
  g_assert_cmpuint (count_words (first), <=, 70);

  /* 101's ejercicio anticipado, its pace and what it means */
  g_assert_cmpstr (brief[0], ==, "Programa 101: ya devengó el 79.9%, se esperaba el 25.0%; se agotará antes de diciembre.");
  /* its driver by a few words of its name, not its key or the report's capitals */
  g_assert_cmpstr (brief[1], ==, "En el 101, una actividad (apoyos otorgados a usuarios…) concentra $11.6 de $11.8 millones.");
  g_assert_cmpstr (brief[2], ==, "En conjunto va en ritmo (26.9%), pero tres de cuatro programas van por detrás.");
  g_assert_cmpstr (brief[3], ==, "Ninguna de las 66 actividades informa avance físico; ya se devengó el 26.9%.");
  g_assert_cmpstr (brief[4], ==, "Programa 103: $41.1 de sus $43.9 millones sin componente; falta al menos una página.");
  /* the rest, one each */
  g_assert_cmpstr (sentence_with (brief, "(subejercicio)"), ==,
                   "Programas por detrás del ritmo (subejercicio): 103 (18.9%), 102 (21.4%) y 104 (23.0%).");
  assert_contains (sentence_with (brief, "%AV.FIN"), "33 de 79 filas");
  /* 104/C01/A02 «REALIZAR 30 ACTIVIDADES FINANCIERAS, RELACIONADAS…»: the clause */
  assert_contains (sentence_with (brief, "En el 104"), "(actividades financieras) concentra $16.1 de $25.2 millones");
  /* 102/C03/A03 «REDES DE DATOS: MANTENIMIENTO…», in thousands */
  assert_contains (sentence_with (brief, "En el 102"), "(redes de datos) concentra $114 de $201 mil");
  sentence_with (brief, "Los cuatro programas cuadran al centavo con las SUMAS del informe.");
  /* a component's key is on its program's slide; an activity's is not */
  assert_none_contains (brief, "/A0");
}

static void
test_sample_review_brief (void)
{
  g_auto(GStrv) full = ind_findings_build_review (sample);
  g_auto(GStrv) brief = ind_findings_build_review_brief (sample);

  assert_brief (brief, full);
  g_assert_cmpuint (count_words (brief), <=, 60);
  g_assert_cmpstr (brief[0], ==, "Falta al menos una página del programa 103: $41.1 millones de su presupuesto sin explicar.");
  g_assert_cmpstr (brief[2], ==, "El %AV.FIN impreso difiere del calculado en 33 de 79 filas; usamos el calculado.");
  g_assert_cmpstr (brief[3], ==, "La revisión del informe señala 13 puntos por revisar.");
}

/* The headline card: a green "1.9 puntos por delante" would hide 101 far
 * ahead and three programs behind. */
static void
test_sample_key_figure (void)
{
  IndKeyFigure figures[IND_N_KEY_FIGURES];
  IndSemaforoBands bands;

  ind_semaforo_bands_init (&bands);
  _ind_key_figures_build (figures, sample, NULL, &bands);
  g_assert_cmpstr (figures[IND_KEY_EJERCIDO].value, ==, "26.9%");
  g_assert_true (figures[IND_KEY_EJERCIDO].marked);
  /* budget-weighted distance of the programs from the pace: 7.7 points */
  g_assert_cmpint (figures[IND_KEY_EJERCIDO].semaforo, ==, IND_SEMAFORO_YELLOW);
  g_assert_cmpstr (figures[IND_KEY_EJERCIDO].detail, ==, "3 de 4 programas por detrás, 1 por delante");
  _ind_key_figures_clear (figures);

  /* one program's card speaks of that program */
  _ind_key_figures_build (figures, sample, ind_report_find_item (sample, "101"), &bands);
  g_assert_cmpint (figures[IND_KEY_EJERCIDO].semaforo, ==, IND_SEMAFORO_RED);
  g_assert_cmpstr (figures[IND_KEY_EJERCIDO].detail, ==, "54.9 puntos por delante del ritmo");
  _ind_key_figures_clear (figures);
}

/* ---- Made-up reports ------------------------------------------------- */

/* At 31 March (25 %): 24 %, 26 % and 25 %, within the green band. */
static void
test_on_pace (void)
{
  g_autoptr(IndReport) report = load (
    "101\tA\t1,000,000.00\t240,000.00\t200,000.00\t\t\t\t\t\t\n"
    "102\tB\t2,000,000.00\t520,000.00\t500,000.00\t\t\t\t\t\t\n"
    "103\tC\t4,000,000.00\t1,000,000.00\t900,000.00\t\t\t\t\t\t\n"
    "\nSUMAS\n\n7,000,000.00\t1,760,000.00\t1,600,000.00\n");
  g_auto(GStrv) findings = ind_findings_build (report);
  IndKeyFigure figures[IND_N_KEY_FIGURES];
  IndSemaforoBands bands;

  assert_council_text (findings);
  assert_brief_of (report, findings);
  for (guint i = 0; i < G_N_ELEMENTS (alarms); i++)
    assert_none_contains (findings, alarms[i]);
  /* 1,760,000 / 7,000,000 = 25.1 % */
  assert_contains (findings[0], "En conjunto se ha devengado el 25.1% del presupuesto, cerca del 25.0% esperado, "
                                "y todos los programas van en ritmo.");
  assert_contains (sentence_with (findings, "concentra"), "El programa 103 concentra el 57.1% del presupuesto ($4 millones).");
  assert_contains (sentence_with (findings, "SUMAS"), "Los tres programas suman al centavo");

  /* the card stays green with the total's own distance */
  ind_semaforo_bands_init (&bands);
  _ind_key_figures_build (figures, report, NULL, &bands);
  g_assert_cmpint (figures[IND_KEY_EJERCIDO].semaforo, ==, IND_SEMAFORO_GREEN);
  g_assert_cmpstr (figures[IND_KEY_EJERCIDO].detail, ==, "0.1 puntos por delante del ritmo");
  _ind_key_figures_clear (figures);
}

/* 102 at 5 % against 25 %: subejercicio, first, with the money behind. */
static void
test_far_behind (void)
{
  g_autoptr(IndReport) report = load (
    "101\tA\t1,000,000.00\t250,000.00\t250,000.00\t\t\t\t\t\t\n"
    "102\tB\t3,000,000.00\t90,000.00\t90,000.00\t\t\t\t\t\t\n"
    "\nSUMAS\n\n4,000,000.00\t340,000.00\t340,000.00\n");
  g_auto(GStrv) findings = ind_findings_build (report);
  IndKeyFigure figures[IND_N_KEY_FIGURES];
  IndSemaforoBands bands;

  assert_council_text (findings);
  assert_brief_of (report, findings);
  /* 3,000,000 × 25 % = 750,000 expected, 90,000 accrued */
  g_assert_cmpstr (findings[0], ==, "Subejercicio: el programa 102 solo ha devengado el 3.0% de su presupuesto, "
                                    "cuando se esperaba el 25.0%; va $660 mil por detrás del calendario.");
  /* 340,000 / 4,000,000 = 8.5 %, 16.5 points behind */
  g_assert_cmpstr (findings[1], ==, "En conjunto se ha devengado el 8.5% del presupuesto, 16.5 puntos por debajo del 25.0% esperado; "
                                    "el 102 va muy por detrás.");
  assert_none_contains (findings, "anticipado");
  assert_none_contains (findings, "obreejercicio");
  {
    g_auto(GStrv) brief = ind_findings_build_brief (report);

    g_assert_cmpstr (brief[0], ==, "Programa 102: solo devengó el 3.0%, se esperaba el 25.0%; va $660 mil atrasado.");
    g_assert_cmpstr (brief[1], ==, "En conjunto se devengó el 8.5%, 16.5 puntos por debajo del ritmo.");
  }

  ind_semaforo_bands_init (&bands);
  _ind_key_figures_build (figures, report, NULL, &bands);
  /* 16.5 points from the pace, and so is the weighted distance: 102's
   * 22 points weigh three quarters */
  g_assert_cmpint (figures[IND_KEY_EJERCIDO].semaforo, ==, IND_SEMAFORO_RED);
  g_assert_cmpstr (figures[IND_KEY_EJERCIDO].detail, ==, "1 de 2 programas por detrás del ritmo");
  _ind_key_figures_clear (figures);
}

/* 101 at 60 % against 25 %, driven by one activity. */
static void
test_far_ahead (void)
{
  g_autoptr(IndReport) report = load (
    "101\tA\t1,000,000.00\t600,000.00\t600,000.00\t\t\t\t\t\t\n"
    "Componente 01\tAPOYOS\t1,000,000.00\t600,000.00\t600,000.00\t\t\t\t\t\t\n"
    "Actividad 01\tAPOYOS A USUARIOS EN SITUACION DE VULNERABILIDAD\t800,000.00\t550,000.00\t550,000.00\t\t\t\t\t\t\n"
    "Actividad 02\tINFORMES\t200,000.00\t50,000.00\t50,000.00\t\t\t\t\t\t\n"
    "102\tB\t3,000,000.00\t750,000.00\t750,000.00\t\t\t\t\t\t\n"
    "\nSUMAS\n\n4,000,000.00\t1,350,000.00\t1,350,000.00\n");
  g_auto(GStrv) findings = ind_findings_build (report);

  assert_council_text (findings);
  assert_brief_of (report, findings);
  g_assert_cmpstr (findings[0], ==, "Ejercicio anticipado: el programa 101 ya devengó el 60.0% de su presupuesto anual, "
                                    "cuando se esperaba el 25.0%; a este ritmo se agota antes de fin de año.");
  g_assert_cmpstr (findings[1], ==, "En el programa 101, la actividad 101/C01/A01 «APOYOS A USUARIOS EN SITUACION DE VULNERABILIDAD» "
                                    "concentra $550 mil de los $600 mil devengados.");
  /* 1,350,000 / 4,000,000 = 33.8 %: the total is off the pace too */
  assert_contains (sentence_with (findings, "En conjunto"), "8.8 puntos por encima del 25.0% esperado; el 101 va muy por delante.");
  assert_none_contains (findings, "obreejercicio");
  assert_none_contains (findings, "(subejercicio)");
}

/* Accrued above the modified budget: sobreejercicio, before anything. */
static void
test_sobreejercicio (void)
{
  g_autoptr(IndReport) report = load (
    "101\tA\t1,000,000.00\t1,200,000.00\t1,000,000.00\t\t\t\t\t\t\n"
    "102\tB\t3,000,000.00\t750,000.00\t750,000.00\t\t\t\t\t\t\n"
    "Componente 01\tUNO\t3,000,000.00\t750,000.00\t750,000.00\t\t\t\t\t\t\n"
    "Actividad 01\tX\t2,000,000.00\t700,000.00\t700,000.00\t\t\t\t\t\t\n"
    "Actividad 02\tY\t1,000,000.00\t50,000.00\t50,000.00\t\t\t\t\t\t\n"
    "\nSUMAS\n\n4,000,000.00\t1,950,000.00\t1,750,000.00\n");
  g_auto(GStrv) findings = ind_findings_build (report);

  assert_council_text (findings);
  assert_brief_of (report, findings);
  g_assert_cmpstr (findings[0], ==, "Sobreejercicio: el programa 101 devengó $1.2 millones, $200 mil más que su presupuesto modificado.");
  assert_none_contains (findings, "anticipado");
  /* 102 is on pace; its driver is a detail */
  assert_contains (sentence_with (findings, "102/C01/A01"), "concentra $700 mil de los $750 mil devengados");
}

/* Five programs a little behind and one far ahead: the brief list of
 * those behind names three and counts the rest; a driver is named by
 * the clause its name starts with, past what is done to it. */
static void
test_brief_list (void)
{
  g_autoptr(IndReport) report = load (
    "101\tA\t1,000,000.00\t220,000.00\t220,000.00\t\t\t\t\t\t\n"
    "102\tB\t1,000,000.00\t230,000.00\t230,000.00\t\t\t\t\t\t\n"
    "103\tC\t1,000,000.00\t210,000.00\t210,000.00\t\t\t\t\t\t\n"
    "104\tD\t1,000,000.00\t240,000.00\t240,000.00\t\t\t\t\t\t\n"
    "105\tE\t1,000,000.00\t224,000.00\t224,000.00\t\t\t\t\t\t\n"
    "106\tF\t1,000,000.00\t600,000.00\t600,000.00\t\t\t\t\t\t\n"
    "Componente 01\tUNO\t1,000,000.00\t600,000.00\t600,000.00\t\t\t\t\t\t\n"
    "Actividad 01\tRECIBIR Y DAR TRAMITE A 60 SOLICITUDES DE ACCESO, PRESENTADAS\t900,000.00\t590,000.00\t590,000.00\t\t\t\t\t\t\n"
    "Actividad 02\tINFORMES\t100,000.00\t10,000.00\t10,000.00\t\t\t\t\t\t\n"
    "\nSUMAS\n\n6,000,000.00\t1,724,000.00\t1,724,000.00\n");
  g_auto(GStrv) findings = ind_findings_build (report);
  g_auto(GStrv) brief = ind_findings_build_brief (report);

  assert_brief (brief, findings);
  assert_contains (sentence_with (findings, "(subejercicio)"), "el 103 con el 21.0% (4.0 puntos menos)");
  g_assert_cmpstr (sentence_with (brief, "(subejercicio)"), ==,
                   "Programas por detrás del ritmo (subejercicio): 103 (21.0%), 101 (22.0%), 105 (22.4%) y dos más.");
  /* past "recibir y dar", up to the comma */
  g_assert_cmpstr (sentence_with (brief, "En el 106"), ==,
                   "En el 106, una actividad (tramite a 60 solicitudes…) concentra $590 de $600 mil.");
}

/* A program with no budget, and a report with none at all: sentences,
 * never a division by zero. */
static void
test_zero_budget (void)
{
  g_autoptr(IndReport) some = load (
    "101\tA\t1,000,000.00\t250,000.00\t250,000.00\t\t\t\t\t\t\n"
    "102\tB\t0.00\t0.00\t0.00\t\t\t\t\t\t\n"
    "103\tC\t0.00\t5,000.00\t5,000.00\t\t\t\t\t\t\n"
    "\nSUMAS\n\n1,000,000.00\t255,000.00\t255,000.00\n");
  g_autoptr(IndReport) none = load (
    "101\tA\t0.00\t0.00\t0.00\t\t\t\t\t\t\n"
    "Componente 01\tUNO\t0.00\t0.00\t0.00\t\t\t\t\t\t\n"
    "Actividad 01\tX\t0.00\t0.00\t0.00\t\t\t\t\t\t\n"
    "\nSUMAS\n\n0.00\t0.00\t0.00\n");
  g_auto(GStrv) findings = ind_findings_build (some);
  g_auto(GStrv) empty = ind_findings_build (none);
  g_auto(GStrv) review = ind_findings_build_review (none);
  IndKeyFigure figures[IND_N_KEY_FIGURES];
  IndSemaforoBands bands;

  assert_council_text (findings);
  assert_brief_of (some, findings);
  g_assert_cmpstr (findings[0], ==, "Sobreejercicio: el programa 103 devengó $5 mil sin tener presupuesto modificado.");
  sentence_with (findings, "El programa 102 no tiene presupuesto modificado: su avance no se puede medir.");
  /* 255,000 / 1,000,000 = 25.5 %; 101, the only program with a budget, is on pace */
  assert_contains (sentence_with (findings, "En conjunto"), "25.5%");
  /* 101 holds the whole budget: no sentence says so */
  assert_none_contains (findings, "del presupuesto (");

  assert_council_text (empty);
  assert_brief_of (none, empty);
  sentence_with (empty, "El informe no trae presupuesto modificado: su avance no se puede medir.");
  sentence_with (empty, "La única actividad no informa todavía avance físico ni metas alcanzadas.");
  assert_council_text (review);

  ind_semaforo_bands_init (&bands);
  _ind_key_figures_build (figures, none, NULL, &bands);
  g_assert_cmpstr (figures[IND_KEY_EJERCIDO].value, ==, "—");
  g_assert_false (figures[IND_KEY_EJERCIDO].marked);
  _ind_key_figures_clear (figures);
}

/* Activities that report results: how many, and the physical progress
 * weighted by budget against the money. */
static void
test_results_reported (void)
{
  /* %AV.FIS 50 % and 25 % on 100,000 and 200,000; the others 0 on
   * 300,000 and 400,000: (50,000 + 50,000) / 1,000,000 = 10 % */
  g_autoptr(IndReport) some = load (
    "101\tA\t1,000,000.00\t250,000.00\t250,000.00\t\t\t\t\t\t\n"
    "Componente 01\tUNO\t1,000,000.00\t250,000.00\t250,000.00\t25.000%\t\t\t\t\t\n"
    "Actividad 01\tW\t100,000.00\t25,000.00\t25,000.00\t25.000%\t50.000%\t\t4\t2\tINFORME\n"
    "Actividad 02\tX\t200,000.00\t50,000.00\t50,000.00\t25.000%\t25.000%\t\t4\t1\tINFORME\n"
    "Actividad 03\tY\t300,000.00\t75,000.00\t75,000.00\t25.000%\t0.000%\t\t4\t0\tINFORME\n"
    "Actividad 04\tZ\t400,000.00\t100,000.00\t100,000.00\t25.000%\t0.000%\t\t4\t0\tINFORME\n"
    "\nSUMAS\n\n1,000,000.00\t250,000.00\t250,000.00\n");
  /* reached over target where no %AV.FIS is printed: 3 of 4, 1 of 4 */
  g_autoptr(IndReport) all = load (
    "101\tA\t1,000,000.00\t250,000.00\t250,000.00\t\t\t\t\t\t\n"
    "Componente 01\tUNO\t1,000,000.00\t250,000.00\t250,000.00\t\t\t\t\t\t\n"
    "Actividad 01\tW\t500,000.00\t125,000.00\t125,000.00\t\t\t\t4\t3\tINFORME\n"
    "Actividad 02\tX\t500,000.00\t125,000.00\t125,000.00\t\t\t\t4\t1\tINFORME\n"
    "\nSUMAS\n\n1,000,000.00\t250,000.00\t250,000.00\n");
  g_auto(GStrv) findings = ind_findings_build (some);
  g_auto(GStrv) reported = ind_findings_build (all);

  assert_council_text (findings);
  assert_brief_of (some, findings);
  g_assert_cmpstr (sentence_with (findings, "avance físico"), ==,
                   "De las cuatro actividades, dos informan avance físico o metas alcanzadas: "
                   "un avance físico ponderado del 10.0%, frente al 25.0% del presupuesto devengado.");
  {
    g_auto(GStrv) brief = ind_findings_build_brief (some);

    sentence_with (brief, "Avance físico del 10.0% frente al 25.0% devengado; lo informan dos de cuatro actividades.");
  }
  /* %AV.FIN printed equals Devengado ÷ Modificado: nothing to say */
  assert_none_contains (findings, "%AV.FIN");

  assert_council_text (reported);
  assert_brief_of (all, reported);
  g_assert_cmpstr (sentence_with (reported, "avance físico"), ==,
                   "Las dos actividades informan avance físico o metas alcanzadas: "
                   "un avance físico ponderado del 50.0%, frente al 25.0% del presupuesto devengado.");
  /* two halves: neither drives the program */
  assert_none_contains (reported, "concentra");
}

int
main (int    argc,
      char **argv)
{
  int status;

  ind_test_init (&argc, &argv);
  sample = ind_test_load_sample ();

  g_test_add_func ("/findings/money-spoken", test_money_spoken);
  g_test_add_func ("/findings/sample/risk-first", test_sample_risk_first);
  g_test_add_func ("/findings/sample/overall", test_sample_overall);
  g_test_add_func ("/findings/sample/results", test_sample_results);
  g_test_add_func ("/findings/sample/avance-financiero", test_sample_avance_financiero);
  g_test_add_func ("/findings/sample/money-not-placed", test_sample_money_not_placed);
  g_test_add_func ("/findings/sample/behind", test_sample_behind);
  g_test_add_func ("/findings/sample/order", test_sample_order);
  g_test_add_func ("/findings/sample/review", test_sample_review);
  g_test_add_func ("/findings/sample/brief", test_sample_brief);
  g_test_add_func ("/findings/sample/review-brief", test_sample_review_brief);
  g_test_add_func ("/findings/sample/key-figure", test_sample_key_figure);
  g_test_add_func ("/findings/made-up/on-pace", test_on_pace);
  g_test_add_func ("/findings/made-up/far-behind", test_far_behind);
  g_test_add_func ("/findings/made-up/far-ahead", test_far_ahead);
  g_test_add_func ("/findings/made-up/sobreejercicio", test_sobreejercicio);
  g_test_add_func ("/findings/made-up/brief-list", test_brief_list);
  g_test_add_func ("/findings/made-up/zero-budget", test_zero_budget);
  g_test_add_func ("/findings/made-up/results-reported", test_results_reported);

  status = g_test_run ();
  g_object_unref (sample);
  return status;
}
