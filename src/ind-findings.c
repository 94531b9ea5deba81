/* ind-findings.c
 *
 * The "Hallazgos" of the summary and the slides: short sentences a
 * council member can read aloud, most important first, every figure in
 * them taken from the model and every amount rounded for speech (the
 * exact ones are in the tables). Spending far from the period's pace is
 * a risk either way: behind it is subejercicio, ahead of it the budget
 * runs out before the year ends. Shares and paces are computed over the
 * programs' own rows, so they add up whatever the SUMAS line says; a
 * SUMAS that disagrees gets its own sentence. Each finding is written
 * once in two forms, side by side: whole for the summary, and brief,
 * about fourteen words, for a slide.
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ind-findings-private.h"
#include "ind-format.h"

/* A gap from the pace that rounds to 0.0 points is on it. */
#define ON_PACE 0.05
/* A row that holds this share of its program's Devengado drives it. */
#define DRIVER_SHARE 50.0
/* Money not placed matters to the council from this share of the budget. */
#define MATERIAL_SHARE 1.0
/* Rows that do not add up, spelled out before "N more". */
#define MAX_MISMATCHES 3
/* Names in a sentence are cut at a word past this many characters. */
#define NAME_LENGTH 90
/* The council's data-quality slide: at most this many sentences. */
#define MAX_REVIEW 5
/* RUNS_OUT_BEFORE_DECEMBER: a program beyond the red band ahead of the
 * pace p runs out at p ÷ ejercido of the year, before December (11/12)
 * when ejercido > 12p/11: so whenever ejercido > p + yellow, for every p
 * up to 100, if yellow is 100/11 points or more. The findings use the
 * default bands; tests/test-findings.c holds them to it. */
/* Programs named in a brief finding's list before "and N more". */
#define MAX_BRIEF_LIST 3
/* A row named in a brief finding: this many words of its name. */
#define BRIEF_NAME_WORDS 4

/* How much a finding matters to the council. A finding about a program
 * adds its share of the budget (0 to 1) so that, within a weight, the
 * one with more money comes first; ties keep the order of writing. */
enum
{
  WEIGHT_CONTEXT = 10,          /* the largest program, SUMAS that match */
  WEIGHT_DETAIL = 30,           /* drivers of programs on pace, small differences */
  WEIGHT_QUALITY = 40,          /* %AV.FIN informado against calculado */
  WEIGHT_PACE = 55,             /* programs off the pace, within the red band */
  WEIGHT_MONEY_AT_STAKE = 65,   /* money the report does not place */
  WEIGHT_RESULTS = 70,          /* money spent and no results reported */
  WEIGHT_OVERALL = 80,
  WEIGHT_SUMAS = 85,            /* the programs do not add up to SUMAS */
  WEIGHT_RISK = 90,             /* far off the pace, sobreejercicio of a row */
  WEIGHT_SOBREEJERCICIO = 100,  /* a program accrued above its budget */
};

/* A finding in its two forms, written in one place so that they say
 * the same: the full sentence for the summary, and a brief one of about
 * fourteen words for a slide (NULL when the full one is that short). */
typedef struct
{
  double  weight;
  guint   order;
  char   *text;
  char   *brief;
} Finding;

typedef struct
{
  IndReport        *report;
  GArray           *findings;
  IndSemaforoBands  bands;
  gboolean          has_pace;
  double            pace;
  gint64            budget;      /* the programs' Modificado */
  gint64            devengado;   /* the programs' Devengado */
} Findings;

static void
finding_clear (gpointer data)
{
  g_free (((Finding *)data)->text);
  g_free (((Finding *)data)->brief);
}

/* Takes @text and @brief; a NULL @text adds nothing. */
static void
add (Findings *f,
     double    weight,
     char     *text,
     char     *brief)
{
  Finding finding = { weight, f->findings->len, text, brief };

  if (text == NULL)
    {
      g_free (brief);
      return;
    }
  g_array_append_val (f->findings, finding);
}

static int
by_weight (gconstpointer a,
           gconstpointer b)
{
  const Finding *fa = a, *fb = b;

  if (fa->weight != fb->weight)
    return fa->weight < fb->weight ? 1 : -1;
  return (fa->order > fb->order) - (fa->order < fb->order);
}

/* The share of the budget a sum of money is, from 0 to 1, to order
 * findings within one weight. */
static double
budget_share (Findings *f,
              gint64    centavos)
{
  return f->budget > 0 ? CLAMP ((double)ABS (centavos) / (double)f->budget, 0.0, 1.0) : 0.0;
}

static char *
format_points (double points)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.1f", points));
}

/* Small counts in words, as Spanish prose writes them ("tres de los
 * cuatro programas"); larger ones in digits. */
static char *
spell_count (guint    n,
             gboolean feminine)
{
  static const char *const words[] = {
    NC_("count", "two"), NC_("count", "three"), NC_("count", "four"),
    NC_("count", "five"), NC_("count", "six"), NC_("count", "seven"),
    NC_("count", "eight"), NC_("count", "nine"), NC_("count", "ten"),
  };

  if (n == 1)
    return g_strdup (feminine ? C_("count, feminine", "one") : C_("count, masculine", "one"));
  if (n >= 2 && n - 2 < G_N_ELEMENTS (words))
    return g_strdup (g_dpgettext2 (GETTEXT_PACKAGE, "count", words[n - 2]));
  return g_strdup_printf ("%u", n);
}

/* "a", "a and b", "a, b and c" */
static char *
join_list (GPtrArray *items)
{
  g_autoptr(GString) head = g_string_new (NULL);

  g_assert (items->len > 0);
  if (items->len == 1)
    return g_strdup (g_ptr_array_index (items, 0));

  for (guint i = 0; i + 1 < items->len; i++)
    {
      if (i > 0)
        g_string_append (head, C_("list separator", ", "));
      g_string_append (head, g_ptr_array_index (items, i));
    }
  /* Translators: the last two items of a list, e.g. "102, 103 and 104" */
  return g_strdup_printf (C_("list", "%s and %s"), head->str,
                          (char *)g_ptr_array_index (items, items->len - 1));
}

/* A row's name short enough for a sentence: up to an opening
 * parenthesis, and cut at a word with "…" when still long (the report
 * cuts names mid-word at about 100 characters). */
static char *
short_name (IndItem *item)
{
  const char *nombre = ind_item_get_nombre (item);
  g_autoptr(GString) name = g_string_new (nombre != NULL ? nombre : "");
  const char *paren = strchr (name->str, '(');
  gboolean cut = FALSE;

  if (paren != NULL && paren > name->str)
    g_string_truncate (name, paren - name->str);
  if (g_utf8_strlen (name->str, -1) > NAME_LENGTH)
    {
      const char *end = g_utf8_offset_to_pointer (name->str, NAME_LENGTH);
      const char *space = g_strrstr_len (name->str, end - name->str, " ");
      const char *comma;

      g_string_truncate (name, (space != NULL ? space : end) - name->str);
      /* A clause ending in a comma reads better than a dangling word. */
      comma = strrchr (name->str, ',');
      if (comma != NULL && g_utf8_strlen (name->str, comma - name->str) > NAME_LENGTH / 2)
        g_string_truncate (name, comma - name->str);
      cut = TRUE;
    }
  while (name->len > 0 && strchr (" .,;:", name->str[name->len - 1]) != NULL)
    g_string_truncate (name, name->len - 1);
  if (cut)
    g_string_append (name, "…");
  return g_string_free (g_steal_pointer (&name), FALSE);
}

/* 101/C01/A05 «REALIZAR 12 REPORTES…» */
static char *
item_label (IndItem *item)
{
  g_autofree char *nombre = short_name (item);

  if (*nombre == '\0')
    return g_strdup (ind_item_get_path (item));
  /* Translators: an item's key and its name */
  return g_strdup_printf (C_("item label", "%s «%s»"), ind_item_get_path (item), nombre);
}

static gboolean
is_one_of (const char         *word,
           const char * const *words)
{
  return word != NULL && g_strv_contains (words, word);
}

/* A leading infinitive names what is done, not to what: "realizar",
 * "integrar", "recibir". */
static gboolean
is_infinitive (const char *word)
{
  return g_utf8_strlen (word, -1) >= 3 &&
         (g_str_has_suffix (word, "ar") || g_str_has_suffix (word, "er") || g_str_has_suffix (word, "ir"));
}

/* What a row is about in a few words of its name, in lower case, for a
 * brief finding: "REALIZAR 12 REPORTES DE LOS APOYOS OTORGADOS A
 * USUARIOS EN SITUACION…" is about "apoyos otorgados a usuarios…". The
 * report's names are Spanish whatever the language of the app. */
static char *
brief_name (IndItem *item)
{
  static const char *const joining[] = {
    "a", "al", "con", "de", "del", "e", "el", "en", "la", "las", "lo", "los", "o", "para", "por",
    "sobre", "u", "un", "una", "y", NULL,
  };
  static const char *const reports[] = {
    "reporte", "reportes", "informe", "informes", "seguimiento", "seguimientos", NULL,
  };
  const char *nombre = ind_item_get_nombre (item);
  g_autofree char *lower = g_utf8_strdown (nombre != NULL ? nombre : "", -1);
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) name = g_string_new (NULL);
  char *paren = strchr (lower, '(');
  guint n, first = 0, last, kept = 0;
  gboolean clause_ends = FALSE;

  if (paren != NULL)
    *paren = '\0';
  words = g_strsplit_set (g_strstrip (lower), " \n\t", -1);
  n = g_strv_length (words);
  /* Past what is done to the subject: "realizar 12 reportes de los". */
  while (first + 1 < n && (is_infinitive (words[first]) || is_one_of (words[first], joining) ||
                           *words[first] == '\0' || g_ascii_isdigit (*words[first])))
    first++;
  if (first + 2 < n && is_one_of (words[first], reports) &&
      (g_str_equal (words[first + 1], "de") || g_str_equal (words[first + 1], "del") ||
       g_str_equal (words[first + 1], "sobre")))
    for (first += 2; first + 1 < n && is_one_of (words[first], joining); first++)
      ;

  for (last = first; last < n && kept < BRIEF_NAME_WORDS && !clause_ends; last++)
    {
      char *word = words[last];
      gsize len = strlen (word);

      if (len == 0)
        continue;
      clause_ends = strchr (",.;:", word[len - 1]) != NULL;
      if (clause_ends)
        word[len - 1] = '\0';
      if (*word == '\0')
        continue;
      kept++;
    }
  /* Not ending on a word that only ties others: "estrategias para fortalecer la". */
  while (last > first + 1 && (*words[last - 1] == '\0' || is_one_of (words[last - 1], joining)))
    last--, clause_ends = FALSE;
  for (guint i = first; i < last; i++)
    if (*words[i] != '\0')
      g_string_append_printf (name, "%s%s", name->len > 0 ? " " : "", words[i]);
  if (!clause_ends && last < n)
    g_string_append (name, "…");
  return g_string_free (g_steal_pointer (&name), FALSE);
}

/* @part said as one speaks it beside @whole: "$11.6" beside "$11.8
 * millones", whose unit says both; "$850 mil" beside "$1.2 millones". */
static char *
spoken_part (gint64  part,
             gint64  whole)
{
  g_autofree char *said = ind_format_money_spoken (part);
  g_autofree char *whole_said = ind_format_money_spoken (whole);
  char *unit = strchr (said, ' ');
  const char *whole_unit = strchr (whole_said, ' ');

  if (unit != NULL && whole_unit != NULL && g_str_equal (unit, whole_unit))
    *unit = '\0';
  return g_steal_pointer (&said);
}

/* ---- The pace ------------------------------------------------------------ */

/**
 * ind_findings_get_spread:
 * @bands: the semáforo's bands, for what counts as off the pace
 *
 * How the programs with a budget stand against the period's pace. The
 * total alone hides it: programs far ahead and far behind cancel out.
 *
 * Returns: FALSE when the report has no period or no program with a
 *   budget above zero
 */
gboolean
ind_findings_get_spread (IndReport              *report,
                         const IndSemaforoBands *bands,
                         IndPaceSpread          *spread)
{
  double pace, weighted = 0, weights = 0;

  g_return_val_if_fail (IND_IS_REPORT (report), FALSE);
  g_return_val_if_fail (bands != NULL && spread != NULL, FALSE);

  memset (spread, 0, sizeof *spread);
  if (!ind_report_get_expected_pace (report, &pace))
    return FALSE;
  for (guint i = 0; i < ind_report_get_n_programs (report); i++)
    {
      IndItem *program = ind_report_get_program (report, i);
      gint64 modificado;
      double ejercido, gap;

      if (!ind_item_get_money (program, IND_MONEY_MODIFICADO, &modificado) || modificado <= 0 ||
          !ind_item_get_ejercido (program, &ejercido))
        continue;
      gap = ejercido - pace;
      spread->n_programs++;
      spread->n_behind += gap <= -ON_PACE;
      spread->n_ahead += gap >= ON_PACE;
      spread->n_off += fabs (gap) > bands->green;
      spread->n_far_ahead += gap > bands->yellow;
      spread->n_far_behind += gap < -bands->yellow;
      weighted += (double)modificado * fabs (gap);
      weights += (double)modificado;
    }
  if (spread->n_programs == 0)
    return FALSE;
  spread->mean_distance = weighted / weights;
  return TRUE;
}

/* "tres de los cuatro programas van por detrás y el programa 101 va muy
 * por delante", or NULL when every program is within the green band;
 * @brief: the first of them alone, said shorter. */
static char *
describe_spread (Findings            *f,
                 const IndPaceSpread *spread,
                 char               **brief)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *total = spell_count (spread->n_programs, FALSE);
  IndItem *single_behind = NULL, *single_ahead = NULL;

  *brief = NULL;
  if (spread->n_off == 0)
    return NULL;
  for (guint i = 0; i < ind_report_get_n_programs (f->report); i++)
    {
      IndItem *program = ind_report_get_program (f->report, i);
      gint64 modificado;
      double ejercido;

      if (!ind_item_get_money (program, IND_MONEY_MODIFICADO, &modificado) || modificado <= 0 ||
          !ind_item_get_ejercido (program, &ejercido))
        continue;
      if (ejercido - f->pace <= -ON_PACE)
        single_behind = program;
      else if (ejercido - f->pace >= ON_PACE)
        single_ahead = program;
    }

  if (spread->n_behind == 1)
    g_ptr_array_add (parts, g_strdup_printf (spread->n_far_behind == 1 ? _("program %s is far behind")
                                                                       : _("program %s is behind"),
                                             ind_item_get_path (single_behind)));
  else if (spread->n_behind > 1)
    {
      g_autofree char *n = spell_count (spread->n_behind, FALSE);

      g_ptr_array_add (parts, g_strdup_printf (_("%s of the %s programs are behind"), n, total));
      /* Translators: "tres de cuatro programas van por detrás" */
      *brief = g_strdup_printf (C_("brief", "%s of %s programs are behind"), n, total);
    }
  if (spread->n_ahead == 1)
    g_ptr_array_add (parts, g_strdup_printf (spread->n_far_ahead == 1 ? _("program %s is far ahead")
                                                                      : _("program %s is ahead"),
                                             ind_item_get_path (single_ahead)));
  else if (spread->n_ahead > 1)
    {
      g_autofree char *n = spell_count (spread->n_ahead, FALSE);

      g_ptr_array_add (parts, spread->n_behind > 0 ? g_strdup_printf (_("%s are ahead"), n)
                                                   : g_strdup_printf (_("%s of the %s programs are ahead"), n, total));
    }
  if (parts->len == 0)
    return NULL;
  if (*brief == NULL)
    *brief = g_strdup (g_ptr_array_index (parts, 0));
  return join_list (parts);
}

/* The whole, and how far the programs are from it; the brief form says
 * the largest group off the pace only. */
static void
add_overall (Findings *f)
{
  g_autofree char *ejercido = NULL;
  g_autofree char *relation = NULL;
  g_autofree char *pace = NULL;
  g_autofree char *points = NULL;
  g_autofree char *spread_text = NULL;
  g_autofree char *spread_brief = NULL;
  IndPaceSpread spread;
  double rate, gap;
  gboolean on_pace;

  if (f->budget <= 0)
    {
      add (f, WEIGHT_OVERALL, g_strdup (_("The report holds no modified budget, so its progress cannot be measured.")), NULL);
      return;
    }
  rate = 100.0 * (double)f->devengado / (double)f->budget;
  ejercido = ind_format_percent (rate, 1);
  if (!f->has_pace)
    {
      g_autofree char *pagado = ind_format_percent (100.0 * (double)ind_report_sum_programs (f->report, IND_MONEY_PAGADO)
                                                    / (double)f->budget, 1);

      add (f, WEIGHT_OVERALL, g_strdup_printf (_("Overall, %s of the budget has been accrued and %s paid."),
                                               ejercido, pagado), NULL);
      return;
    }

  gap = rate - f->pace;
  on_pace = fabs (gap) <= f->bands.green;
  pace = ind_format_percent (f->pace, 1);
  points = format_points (fabs (gap));
  if (on_pace)
    relation = g_strdup_printf (_("close to the expected %s"), pace);
  else
    relation = g_strdup_printf (gap < 0 ? _("%s points behind the expected %s")
                                        : _("%s points ahead of the expected %s"),
                                points, pace);
  if (ind_findings_get_spread (f->report, &f->bands, &spread) && spread.n_programs > 1)
    spread_text = describe_spread (f, &spread, &spread_brief);

  if (!on_pace)
    add (f, WEIGHT_OVERALL,
         spread_text == NULL
         ? g_strdup_printf (_("Overall, %s of the budget has been accrued, %s."), ejercido, relation)
         : g_strdup_printf (_("Overall, %s of the budget has been accrued, %s; %s."), ejercido, relation, spread_text),
         g_strdup_printf (gap < 0 ? _("Overall, %s accrued, %s points behind the pace.")
                                  : _("Overall, %s accrued, %s points ahead of the pace."),
                          ejercido, points));
  else if (spread_text == NULL && spread.n_programs > 1)
    add (f, WEIGHT_OVERALL,
         g_strdup_printf (_("Overall, %s of the budget has been accrued, %s, and every program is on pace."),
                          ejercido, relation),
         g_strdup_printf (_("Overall on pace (%s), and so is every program."), ejercido));
  else if (spread_text == NULL)
    add (f, WEIGHT_OVERALL, g_strdup_printf (_("Overall, %s of the budget has been accrued, %s."), ejercido, relation),
         g_strdup_printf (_("Overall on pace (%s)."), ejercido));
  else
    add (f, WEIGHT_OVERALL,
         /* Translators: the total is on pace but the programs are not */
         g_strdup_printf (_("Overall, %s of the budget has been accrued, %s, but %s."), ejercido, relation, spread_text),
         /* Translators: "En conjunto va en ritmo (26.9%), pero tres de cuatro programas van por detrás." */
         g_strdup_printf (_("Overall on pace (%s), but %s."), ejercido, spread_brief));
}

/* The row that accounts for most of a program's Devengado. */
static void
add_driver (Findings *f,
            IndItem  *program,
            double    weight)
{
  IndItem *driver = ind_item_find_driver (program, DRIVER_SHARE);
  g_autofree char *label = NULL;
  g_autofree char *name = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *part = NULL;
  g_autofree char *total = NULL;
  gint64 own, all;
  gboolean activity;

  if (driver == NULL ||
      !ind_item_get_money (driver, IND_MONEY_DEVENGADO, &own) ||
      !ind_item_get_money (program, IND_MONEY_DEVENGADO, &all))
    return;
  label = item_label (driver);
  name = brief_name (driver);
  amount = ind_format_money_spoken (own);
  part = spoken_part (own, all);
  total = ind_format_money_spoken (all);
  activity = ind_item_get_kind (driver) == IND_KIND_ACTIVIDAD;
  add (f, weight,
       g_strdup_printf (activity ? _("In program %s, the activity %s accounts for %s of the %s accrued.")
                                 : _("In program %s, the component %s accounts for %s of the %s accrued."),
                        ind_item_get_path (program), label, amount, total),
       *name == '\0'
       ? g_strdup_printf (activity ? _("In %s, one activity accounts for %s of %s.")
                                   : _("In %s, one component accounts for %s of %s."),
                          ind_item_get_path (program), part, total)
       /* Translators: "En el 101, una actividad (apoyos otorgados a usuarios…) concentra $11.6 de $11.8 millones." */
       : g_strdup_printf (activity ? _("In %s, one activity (%s) accounts for %s of %s.")
                                   : _("In %s, one component (%s) accounts for %s of %s."),
                          ind_item_get_path (program), name, part, total));
}

/* A program accrued above its budget, or is beyond the red band: a risk
 * to explain, with what drives it. Returns TRUE if it was one. */
static gboolean
add_program_risk (Findings *f,
                  IndItem  *program)
{
  const char *path = ind_item_get_path (program);
  gint64 modificado, devengado;
  double ejercido, gap, weight;
  g_autofree char *rate = NULL;
  g_autofree char *pace = NULL;

  if (!ind_item_get_money (program, IND_MONEY_MODIFICADO, &modificado) ||
      !ind_item_get_money (program, IND_MONEY_DEVENGADO, &devengado))
    return FALSE;
  if (devengado > modificado)
    {
      g_autofree char *accrued = ind_format_money_spoken (devengado);
      g_autofree char *excess = ind_format_money_spoken (devengado - modificado);

      weight = WEIGHT_SOBREEJERCICIO + budget_share (f, devengado - modificado);
      add (f, weight, modificado > 0
           ? g_strdup_printf (_("Overspend (sobreejercicio): program %s has accrued %s, %s more than its modified budget."),
                              path, accrued, excess)
           : g_strdup_printf (_("Overspend (sobreejercicio): program %s has accrued %s without a modified budget."),
                              path, accrued),
           NULL);
      add_driver (f, program, weight);
      return TRUE;
    }
  if (!f->has_pace || !ind_item_get_ejercido (program, &ejercido))
    return FALSE;
  gap = ejercido - f->pace;
  if (fabs (gap) <= f->bands.yellow)
    return FALSE;

  rate = ind_format_percent (ejercido, 1);
  pace = ind_format_percent (f->pace, 1);
  weight = WEIGHT_RISK + budget_share (f, modificado);
  if (gap > 0)
    add (f, weight,
         g_strdup_printf (_("Spending ahead of schedule (ejercicio anticipado): program %s has already accrued %s "
                            "of its annual budget, against an expected %s; at this rate it runs out before the year ends."),
                          path, rate, pace),
         /* Before December: see RUNS_OUT_BEFORE_DECEMBER. */
         g_strdup_printf (_("Program %s: already %s accrued, against an expected %s; it runs out before December."),
                          path, rate, pace));
  else
    {
      gint64 expected = (gint64)llround ((double)modificado * f->pace / 100.0);
      g_autofree char *shortfall = ind_format_money_spoken (expected - devengado);

      add (f, weight,
           g_strdup_printf (_("Underspend (subejercicio): program %s has accrued only %s of its budget, "
                              "against an expected %s; it is %s behind the calendar."),
                            path, rate, pace, shortfall),
           g_strdup_printf (_("Program %s: only %s accrued, against an expected %s; it is %s behind."),
                            path, rate, pace, shortfall));
    }
  add_driver (f, program, weight);
  return TRUE;
}

/* "Behind the expected 25.0 %: programs …" with @items; @brief: "Behind
 * the pace: …", of the first three when there are five or more. */
static char *
describe_pace_list (gboolean    behind,
                    const char *pace,
                    GPtrArray  *items,
                    gboolean    brief)
{
  g_autofree char *list = NULL;
  guint n = items->len;

  /* One more is spelled out rather than counted. */
  if (brief && n > MAX_BRIEF_LIST + 1)
    {
      g_autofree char *more = spell_count (n - MAX_BRIEF_LIST, FALSE);

      g_ptr_array_set_size (items, MAX_BRIEF_LIST);
      /* Translators: the last of a list cut short, "y dos más" */
      g_ptr_array_add (items, g_strdup_printf (C_("list", "%s more"), more));
    }
  list = join_list (items);
  if (brief)
    return behind
           ? g_strdup_printf (ngettext ("Behind the pace (subejercicio): program %s.",
                                        "Behind the pace (subejercicio): programs %s.", n),
                              list)
           : g_strdup_printf (ngettext ("Ahead of the pace: program %s.", "Ahead of the pace: programs %s.", n),
                              list);
  return behind
         ? g_strdup_printf (ngettext ("Behind the expected %s (subejercicio): program %s.",
                                      "Behind the expected %s (subejercicio): programs %s.",
                                      n),
                            pace, list)
         : g_strdup_printf (ngettext ("Ahead of the expected %s: program %s.",
                                      "Ahead of the expected %s: programs %s.",
                                      n),
                            pace, list);
}

/* Programs off the pace within the red band, furthest first; the brief
 * form without the points. */
static void
add_pace_list (Findings *f,
               gboolean  behind)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) brief_items = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) gaps = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *pace = ind_format_percent (f->pace, 1);
  gint64 money = 0;

  for (guint i = 0; i < ind_report_get_n_programs (f->report); i++)
    {
      IndItem *program = ind_report_get_program (f->report, i);
      gint64 modificado, devengado;
      double ejercido, gap;
      g_autofree char *rate = NULL;
      g_autofree char *points = NULL;
      guint at = 0;

      if (!ind_item_get_money (program, IND_MONEY_MODIFICADO, &modificado) ||
          !ind_item_get_money (program, IND_MONEY_DEVENGADO, &devengado) || devengado > modificado ||
          !ind_item_get_ejercido (program, &ejercido))
        continue;
      gap = behind ? f->pace - ejercido : ejercido - f->pace;
      if (gap < ON_PACE || gap > f->bands.yellow)
        continue;
      rate = ind_format_percent (ejercido, 1);
      points = format_points (gap);
      while (at < gaps->len && g_array_index (gaps, double, at) >= gap)
        at++;
      g_array_insert_val (gaps, at, gap);
      /* Translators: one program in a list, "el 103 con el 18.9% (6.1 puntos menos)" */
      g_ptr_array_insert (items, at, g_strdup_printf (behind ? _("%s with %s (%s points behind)")
                                                             : _("%s with %s (%s points ahead)"),
                                                      ind_item_get_path (program), rate, points));
      /* Translators: one program in a brief list, "el 103 (18.9%)" */
      g_ptr_array_insert (brief_items, at, g_strdup_printf (C_("brief list", "%s (%s)"),
                                                            ind_item_get_path (program), rate));
      money += modificado;
    }
  if (items->len == 0)
    return;
  add (f, WEIGHT_PACE + (behind ? 0.5 : 0) + budget_share (f, money) / 2,
       describe_pace_list (behind, pace, items, FALSE), describe_pace_list (behind, pace, brief_items, TRUE));
}

/* Each program's risk with what drives it, or else its driver or that
 * its progress cannot be measured; then the programs off the pace. */
static void
add_programs (Findings *f)
{
  IndPaceSpread spread;

  for (guint i = 0; i < ind_report_get_n_programs (f->report); i++)
    {
      IndItem *program = ind_report_get_program (f->report, i);
      gint64 modificado = 0, devengado = 0;

      if (add_program_risk (f, program))
        continue;
      ind_item_get_money (program, IND_MONEY_DEVENGADO, &devengado);
      if (ind_item_get_money (program, IND_MONEY_MODIFICADO, &modificado) && modificado == 0)
        add (f, WEIGHT_DETAIL, g_strdup_printf (_("Program %s has no modified budget, so its progress cannot be measured."),
                                                ind_item_get_path (program)), NULL);
      else
        add_driver (f, program, WEIGHT_DETAIL + budget_share (f, devengado));
    }
  /* Programs a little off the pace are named only when some program is
   * off the green band, as the sentence about the whole says. */
  if (ind_findings_get_spread (f->report, &f->bands, &spread) && spread.n_off > 0)
    {
      add_pace_list (f, TRUE);
      add_pace_list (f, FALSE);
    }
}

/* ---- Rows -------------------------------------------------------------- */

typedef struct
{
  IndItem *item;
  gint64   own;
  gint64   children;
} Mismatch;

/* What one pass over every row finds. */
typedef struct
{
  GArray  *mismatches;      /* Mismatch, rows whose children do not add up */
  GArray  *lost;            /* IndItem *, placeholders of lost headers */
  guint    n_printed;       /* rows that print %AV.FIN */
  guint    n_differ;        /* … other than Devengado ÷ Modificado */
  IndItem *example;         /* the one of them to show */
  guint    n_activities;
  guint    n_results;       /* activities that report a result */
  double   fisico_weighted; /* Σ Modificado × physical progress */
  double   fisico_weights;
  guint    n_over;          /* rows below a program accrued above budget */
  gint64   over;
  IndItem *largest_over;
  gint64   largest_excess;
} Scan;

static void
scan_children (Scan    *scan,
               IndItem *item)
{
  Mismatch mismatch = { item, 0, 0 };
  guint n = ind_item_get_n_children (item);

  if (n == 0 || !ind_item_get_money (item, IND_MONEY_MODIFICADO, &mismatch.own))
    return;
  for (guint i = 0; i < n; i++)
    {
      gint64 value;

      if (ind_item_get_money (ind_item_get_child (item, i), IND_MONEY_MODIFICADO, &value))
        mismatch.children += value;
    }
  if (mismatch.children != mismatch.own)
    g_array_append_val (scan->mismatches, mismatch);
}

/* An activity's physical progress: %AV.FIS as reported, else reached
 * over target. */
static gboolean
physical_progress (IndItem *item,
                   double  *percent)
{
  gint64 meta, alcanzado;

  if (ind_item_get_percent (item, IND_PERCENT_AVANCE_FISICO, percent))
    return TRUE;
  if (!ind_item_get_meta (item, &meta) || meta <= 0 || !ind_item_get_alcanzado (item, &alcanzado))
    return FALSE;
  *percent = 100.0 * (double)alcanzado / (double)meta;
  return TRUE;
}

/* The row to show as the example of %AV.FIN informado against
 * calculado: the highest in the hierarchy, and there the furthest apart. */
static gboolean
better_example (IndItem *candidate,
                IndItem *example)
{
  double reported, computed, candidate_gap, example_gap;

  if (example == NULL)
    return TRUE;
  if (ind_item_get_depth (candidate) != ind_item_get_depth (example))
    return ind_item_get_depth (candidate) < ind_item_get_depth (example);
  ind_item_get_percent (candidate, IND_PERCENT_AVANCE_FINANCIERO, &reported);
  ind_item_get_ejercido (candidate, &computed);
  candidate_gap = fabs (reported - computed);
  ind_item_get_percent (example, IND_PERCENT_AVANCE_FINANCIERO, &reported);
  ind_item_get_ejercido (example, &computed);
  example_gap = fabs (reported - computed);
  return candidate_gap > example_gap;
}

static void
scan_item (IndItem  *item,
           gpointer  user_data)
{
  Scan *scan = user_data;
  gint64 modificado = 0, devengado = 0;
  gboolean has_modificado = ind_item_get_money (item, IND_MONEY_MODIFICADO, &modificado);
  double fisico;

  if (ind_item_get_missing (item))
    {
      g_array_append_val (scan->lost, item);
      return;
    }
  scan_children (scan, item);
  ind_item_get_money (item, IND_MONEY_DEVENGADO, &devengado);
  if (ind_item_get_percent (item, IND_PERCENT_AVANCE_FINANCIERO, NULL))
    scan->n_printed++;
  if (ind_item_avance_financiero_differs (item))
    {
      scan->n_differ++;
      if (better_example (item, scan->example))
        scan->example = item;
    }
  if (ind_item_get_kind (item) == IND_KIND_ACTIVIDAD)
    {
      scan->n_activities++;
      scan->n_results += ind_item_reports_results (item);
      if (has_modificado && modificado > 0 && physical_progress (item, &fisico))
        {
          scan->fisico_weighted += (double)modificado * fisico;
          scan->fisico_weights += (double)modificado;
        }
    }
  if (ind_item_get_kind (item) != IND_KIND_PROGRAMA && has_modificado && devengado > modificado)
    {
      scan->n_over++;
      scan->over += devengado - modificado;
      if (devengado - modificado > scan->largest_excess)
        {
          scan->largest_over = item;
          scan->largest_excess = devengado - modificado;
        }
    }
}

static void
scan_init (Scan      *scan,
           IndReport *report)
{
  memset (scan, 0, sizeof *scan);
  scan->mismatches = g_array_new (FALSE, FALSE, sizeof (Mismatch));
  scan->lost = g_array_new (FALSE, FALSE, sizeof (IndItem *));
  ind_report_foreach_item (report, scan_item, scan);
}

static void
scan_clear (Scan *scan)
{
  g_clear_pointer (&scan->mismatches, g_array_unref);
  g_clear_pointer (&scan->lost, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Scan, scan_clear)

static int
by_difference_desc (gconstpointer a,
                     gconstpointer b)
{
  const Mismatch *ma = a, *mb = b;
  gint64 da = ABS (ma->own - ma->children), db = ABS (mb->own - mb->children);

  return (da < db) - (da > db);
}

static gboolean
has_lost_child (IndItem *item)
{
  for (guint i = 0; i < ind_item_get_n_children (item); i++)
    if (ind_item_get_missing (ind_item_get_child (item, i)))
      return TRUE;
  return FALSE;
}

/* "No component of the report accounts for $41.1 million of the $43.9
 * million of program 103: at least one page is missing." @brief: NULL
 * when that is already short. */
static char *
describe_mismatch (const Mismatch  *m,
                   char           **brief)
{
  g_autofree char *difference = ind_format_money_spoken (ABS (m->own - m->children));
  g_autofree char *own = ind_format_money_spoken (m->own);
  const char *path = ind_item_get_path (m->item);
  gboolean program = ind_item_get_kind (m->item) == IND_KIND_PROGRAMA;

  *brief = NULL;
  if (m->children < m->own && has_lost_child (m->item))
    {
      g_autofree char *part = spoken_part (m->own - m->children, m->own);

      /* Translators: "Programa 103: $41.1 de sus $43.9 millones sin componente; falta al menos una página." */
      *brief = g_strdup_printf (program ? _("Program %s: %s of its %s without a component; at least one page is missing.")
                                        : _("Component %s: %s of its %s without an activity; at least one page is missing."),
                                path, part, own);
      return g_strdup_printf (program
                              ? _("No component accounts for %s of the %s of program %s: at least one page of the report is missing.")
                              : _("No activity accounts for %s of the %s of %s: at least one page of the report is missing."),
                              difference, own, path);
    }
  if (m->children < m->own)
    return g_strdup_printf (program
                            ? _("The components of program %s add up to %s less than the program.")
                            : _("The activities of %s add up to %s less than the component."),
                            path, difference);
  return g_strdup_printf (program
                          ? _("The components of program %s add up to %s more than the program.")
                          : _("The activities of %s add up to %s more than the component."),
                          path, difference);
}

/* Money the report does not place: rows whose parts do not add up. */
static void
add_unplaced (Findings *f,
              Scan     *scan)
{
  gint64 rest = 0;

  g_array_sort (scan->mismatches, by_difference_desc);
  for (guint i = 0; i < scan->mismatches->len; i++)
    {
      Mismatch *m = &g_array_index (scan->mismatches, Mismatch, i);
      gint64 difference = ABS (m->own - m->children);
      double share = budget_share (f, difference);
      char *text, *brief;

      /* One more is spelled out rather than counted. */
      if (i >= MAX_MISMATCHES && scan->mismatches->len > MAX_MISMATCHES + 1)
        {
          rest += difference;
          continue;
        }
      text = describe_mismatch (m, &brief);
      add (f, (100.0 * share >= MATERIAL_SHARE ? WEIGHT_MONEY_AT_STAKE : WEIGHT_DETAIL) + share, text, brief);
    }
  if (rest != 0)
    {
      g_autofree char *amount = ind_format_money_spoken (rest);

      add (f, WEIGHT_DETAIL, g_strdup_printf (_("Another %u rows do not add up to their parts, by %s in all."),
                                              scan->mismatches->len - MAX_MISMATCHES, amount), NULL);
    }
}

/* Rows below the programs that accrued above their budget; the brief
 * form names the program alone, not a row's key. */
static void
add_rows_over_budget (Findings *f,
                      Scan     *scan)
{
  const char *program;
  g_autofree char *excess = NULL;
  g_autofree char *largest = NULL;
  g_autofree char *count = NULL;

  if (scan->n_over == 0)
    return;
  program = ind_item_get_path (ind_item_get_program (scan->largest_over));
  excess = ind_format_money_spoken (scan->over);
  if (scan->n_over == 1)
    {
      add (f, WEIGHT_RISK + budget_share (f, scan->over),
           g_strdup_printf (_("Overspend (sobreejercicio): %s has accrued %s more than its modified budget."),
                            ind_item_get_path (scan->largest_over), excess),
           g_strdup_printf (_("Overspend (sobreejercicio): a row of program %s accrued %s more than its budget."),
                            program, excess));
      return;
    }
  largest = ind_format_money_spoken (scan->largest_excess);
  count = spell_count (scan->n_over, TRUE);
  add (f, WEIGHT_RISK + budget_share (f, scan->over),
       g_strdup_printf (_("Overspend (sobreejercicio) in %u rows: they accrued %s more than their modified budget, %s of it in %s."),
                        scan->n_over, excess, largest, ind_item_get_path (scan->largest_over)),
       g_strdup_printf (_("Overspend (sobreejercicio) in %s rows: %s more than their budget, the largest in program %s."),
                        count, excess, program));
}

/* "None of the 66 activities reports physical progress…" */
static char *
describe_no_results (Findings    *f,
                     Scan        *scan,
                     const char  *ejercido,
                     char       **brief)
{
  g_autofree char *total = spell_count (scan->n_activities, TRUE);

  *brief = NULL;
  if (f->devengado <= 0)
    return scan->n_activities == 1
           ? g_strdup (_("The only activity reports no physical progress or targets reached yet."))
           : g_strdup_printf (_("None of the %s activities reports physical progress or targets reached yet."), total);
  if (scan->n_activities == 1)
    {
      *brief = g_strdup_printf (_("The only activity reports no physical progress; %s is already accrued."), ejercido);
      return g_strdup_printf (_("The only activity reports no physical progress or targets reached, "
                                "although %s of the budget has been accrued."),
                              ejercido);
    }
  /* Translators: "Ninguna de las 66 actividades informa avance físico; ya se devengó el 26.9%." */
  *brief = g_strdup_printf (_("None of the %s activities reports physical progress; %s is already accrued."),
                            total, ejercido);
  return g_strdup_printf (_("None of the %s activities reports physical progress or targets reached, "
                            "although %s of the budget has been accrued."),
                          total, ejercido);
}

/* Physical progress against the money: the results of "Indicadores de
 * Resultados". */
static void
add_results (Findings *f,
             Scan     *scan)
{
  g_autofree char *total = NULL;
  g_autofree char *n = NULL;
  g_autofree char *ejercido = NULL;
  g_autofree char *fisico = NULL;
  char *text, *brief;

  if (scan->n_activities == 0)
    return;
  ejercido = ind_format_percent (f->budget > 0 ? 100.0 * (double)f->devengado / (double)f->budget : 0, 1);
  if (scan->n_results == 0)
    {
      text = describe_no_results (f, scan, ejercido, &brief);
      add (f, f->devengado > 0 ? WEIGHT_RESULTS : WEIGHT_DETAIL, text, brief);
      return;
    }

  total = spell_count (scan->n_activities, TRUE);
  n = spell_count (scan->n_results, TRUE);
  fisico = ind_format_percent (scan->fisico_weights > 0 ? scan->fisico_weighted / scan->fisico_weights : 0, 1);
  if (scan->n_activities == 1)
    add (f, WEIGHT_PACE, g_strdup_printf (_("The only activity reports %s of physical progress, against %s of the budget accrued."),
                                          fisico, ejercido), NULL);
  else if (scan->n_results == scan->n_activities)
    add (f, WEIGHT_PACE,
         g_strdup_printf (_("All %s activities report physical progress or targets reached: "
                            "%s of physical progress weighted by budget, against %s of the budget accrued."),
                          total, fisico, ejercido),
         g_strdup_printf (_("Physical progress of %s against %s accrued, reported by all %s activities."),
                          fisico, ejercido, total));
  else
    add (f, WEIGHT_PACE,
         g_strdup_printf (ngettext ("Of the %s activities, %s reports physical progress or targets reached: "
                                    "%s of physical progress weighted by budget, against %s of the budget accrued.",
                                    "Of the %s activities, %s report physical progress or targets reached: "
                                    "%s of physical progress weighted by budget, against %s of the budget accrued.",
                                    scan->n_results),
                          total, n, fisico, ejercido),
         /* Translators: "Avance físico del 10.0% frente al 25.0% devengado; lo informan dos de cuatro actividades." */
         g_strdup_printf (_("Physical progress of %s against %s accrued, reported by %s of %s activities."),
                          fisico, ejercido, n, total));
}

/* The report's %AV.FIN against ours; with @example, one row's figures
 * and the count of rows that print it; @brief: without the row. */
static char *
describe_avance_financiero (Scan      *scan,
                            gboolean   example,
                            char     **brief)
{
  g_autofree char *n = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *reported = NULL;
  g_autofree char *computed = NULL;
  double value;

  *brief = NULL;
  if (scan->n_differ == 0)
    return NULL;
  n = spell_count (scan->n_differ, TRUE);
  printed = spell_count (scan->n_printed, TRUE);
  ind_item_get_percent (scan->example, IND_PERCENT_AVANCE_FINANCIERO, &value);
  reported = ind_format_percent (value, 3);
  ind_item_get_ejercido (scan->example, &value);
  computed = ind_format_percent (value, 1);

  *brief = scan->n_printed == 1
           ? g_strdup_printf (_("The printed %%AV.FIN (%s) differs from the computed one (%s); we use the computed one."),
                              reported, computed)
           : g_strdup_printf (_("The printed %%AV.FIN differs from the computed one in %s of %s rows; we use the computed one."),
                              n, printed);
  if (scan->n_printed == 1)
    return g_strdup_printf (_("The %%AV.FIN the report prints is not Devengado ÷ Modificado (%s: %s reported, %s computed); "
                              "the documents use the computed one."),
                            ind_item_get_path (scan->example), reported, computed);
  if (!example)
    return g_strdup_printf (_("The %%AV.FIN the report prints is not Devengado ÷ Modificado in %s of its %s rows; "
                              "the documents use the computed one."),
                            n, printed);
  return g_strdup_printf (_("The %%AV.FIN the report prints is not Devengado ÷ Modificado in %s of the %s rows that print it "
                            "(%s: %s reported, %s computed); the documents use the computed one."),
                          n, printed, ind_item_get_path (scan->example), reported, computed);
}

/* ---- The whole ------------------------------------------------------- */

/* Whether the programs add up to SUMAS, setting @differs; NULL when the
 * report has no SUMAS line. @brief: without the columns, and without
 * the word "line", which a slide might take for a line of the source. */
static char *
describe_sumas (IndReport  *report,
                gboolean   *differs,
                char      **brief)
{
  g_autoptr(GPtrArray) differences = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;
  g_autofree char *largest = NULL;
  gint64 most = 0;
  gboolean any = FALSE;

  *brief = NULL;
  for (IndMoney m = 0; m < IND_N_MONEY; m++)
    {
      gint64 difference;
      g_autofree char *amount = NULL;

      if (!ind_report_get_totals_difference (report, m, &difference))
        continue;
      any = TRUE;
      if (difference == 0)
        continue;
      amount = ind_format_money_spoken (ABS (difference));
      /* Translators: a difference in one money column, "$41.1 millones de Modificado" */
      g_ptr_array_add (differences, g_strdup_printf (C_("money difference", "%s in %s"), amount, ind_money_label (m)));
      most = MAX (most, ABS (difference));
    }
  *differs = differences->len > 0;
  if (!any)
    return NULL;
  if (differences->len == 0)
    {
      guint n = ind_report_get_n_programs (report);
      g_autofree char *count = spell_count (n, FALSE);

      *brief = n == 1 ? g_strdup (_("The program adds up to the report's SUMAS to the centavo."))
                      : g_strdup_printf (_("The %s programs add up to the report's SUMAS to the centavo."), count);
      return n == 1 ? g_strdup (_("The program adds up to the report's SUMAS line to the centavo."))
                    : g_strdup_printf (_("The %s programs add up to the report's SUMAS line to the centavo."), count);
    }
  list = join_list (differences);
  largest = ind_format_money_spoken (most);
  *brief = g_strdup_printf (_("The programs do not add up to the report's SUMAS: they differ by up to %s."), largest);
  return g_strdup_printf (_("The programs do not add up to the report's SUMAS line: they differ by %s."), list);
}

static void
add_sumas (Findings *f)
{
  gboolean differs;
  char *brief;
  char *text = describe_sumas (f->report, &differs, &brief);

  add (f, differs ? WEIGHT_SUMAS : WEIGHT_CONTEXT, text, brief);
}

/* The program with the largest budget, for scale. */
static void
add_largest (Findings *f)
{
  IndItem *largest = NULL;
  gint64 most = 0;
  guint n_budgets = 0;
  g_autofree char *share = NULL;
  g_autofree char *amount = NULL;

  for (guint i = 0; i < ind_report_get_n_programs (f->report); i++)
    {
      IndItem *program = ind_report_get_program (f->report, i);
      gint64 modificado;

      if (!ind_item_get_money (program, IND_MONEY_MODIFICADO, &modificado) || modificado <= 0)
        continue;
      n_budgets++;
      if (modificado > most)
        {
          largest = program;
          most = modificado;
        }
    }
  /* One program with a budget holds all of it: nothing to compare. */
  if (n_budgets < 2)
    return;
  share = ind_format_percent (100.0 * (double)most / (double)f->budget, 1);
  amount = ind_format_money_spoken (most);
  add (f, WEIGHT_CONTEXT + 0.5, g_strdup_printf (_("Program %s holds %s of the budget (%s)."),
                                                 ind_item_get_path (largest), share, amount), NULL);
}

/* Both forms of every finding in a Findings, ready to order. */
static void
findings_init (Findings  *f,
               IndReport *report)
{
  memset (f, 0, sizeof *f);
  f->report = report;
  f->findings = g_array_new (FALSE, FALSE, sizeof (Finding));
  g_array_set_clear_func (f->findings, finding_clear);
  /* The findings speak of the default bands: the council's words do
   * not change with one user's preferences. */
  ind_semaforo_bands_init (&f->bands);
  f->has_pace = ind_report_get_expected_pace (report, &f->pace);
  f->budget = ind_report_sum_programs (report, IND_MONEY_MODIFICADO);
  f->devengado = ind_report_sum_programs (report, IND_MONEY_DEVENGADO);
}

/* The sentences of @f in their order, each in its brief form when
 * @brief and it has one: index for index, the same findings. Frees @f. */
static char **
findings_take (Findings *f,
               gboolean  brief)
{
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < f->findings->len; i++)
    {
      Finding *finding = &g_array_index (f->findings, Finding, i);
      char **form = brief && finding->brief != NULL ? &finding->brief : &finding->text;

      g_ptr_array_add (out, g_steal_pointer (form));
    }
  g_ptr_array_add (out, NULL);
  g_array_unref (f->findings);
  return (char **)g_ptr_array_free (out, FALSE);
}

static char **
build_findings (IndReport *report,
                gboolean   brief)
{
  g_auto(Scan) scan = { 0 };
  Findings f;
  char *text, *brief_text;

  findings_init (&f, report);
  scan_init (&scan, report);

  add_programs (&f);
  add_rows_over_budget (&f, &scan);
  add_overall (&f);
  add_results (&f, &scan);
  add_unplaced (&f, &scan);
  text = describe_avance_financiero (&scan, TRUE, &brief_text);
  add (&f, WEIGHT_QUALITY, text, brief_text);
  add_sumas (&f);
  add_largest (&f);

  g_array_sort (f.findings, by_weight);
  return findings_take (&f, brief);
}

/**
 * ind_findings_build:
 *
 * Returns: (transfer full): the findings, one sentence each, most
 *   important first: overspending, programs far off the pace and what
 *   drives them, the whole against the pace with its spread, results
 *   against money, money the report does not place, programs off the
 *   pace, %AV.FIN informado against calculado, and for scale the
 *   largest program and the SUMAS check
 */
char **
ind_findings_build (IndReport *report)
{
  g_return_val_if_fail (IND_IS_REPORT (report), NULL);
  return build_findings (report, FALSE);
}

/**
 * ind_findings_build_brief:
 *
 * Returns: (transfer full): the findings of ind_findings_build(), in
 *   the same order and as many, each said in about fourteen words for a
 *   slide: one idea, amounts rounded, an activity by a few words of its
 *   name rather than its key
 */
char **
ind_findings_build_brief (IndReport *report)
{
  g_return_val_if_fail (IND_IS_REPORT (report), NULL);
  return build_findings (report, TRUE);
}

/**
 * ind_findings_count_observations:
 *
 * Returns: (transfer full): "1 error", "11 warnings", "1 note", leaving
 *   out the kinds there are none of
 */
char **
ind_findings_count_observations (guint errors,
                                 guint warnings,
                                 guint notes)
{
  GPtrArray *parts = g_ptr_array_new ();

  if (errors > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u error", "%u errors", errors), errors));
  if (warnings > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u warning", "%u warnings", warnings), warnings));
  if (notes > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u note", "%u notes", notes), notes));
  g_ptr_array_add (parts, NULL);
  return (char **)g_ptr_array_free (parts, FALSE);
}

/* "A page of program 103 is missing: three rows lost the header they
 * belong under, and nothing in the report accounts for $41.1 million of
 * its budget." @brief: NULL when that is already short. */
static char *
describe_lost (IndItem  *placeholder,
               Scan     *scan,
               char    **brief)
{
  IndItem *program = ind_item_get_parent (placeholder);
  guint n = ind_item_get_n_children (placeholder);
  g_autofree char *count = spell_count (n, TRUE);
  g_autofree char *unplaced = NULL;

  *brief = NULL;
  for (guint i = 0; program != NULL && i < scan->mismatches->len; i++)
    {
      Mismatch *m = &g_array_index (scan->mismatches, Mismatch, i);

      if (m->item == program && m->children < m->own)
        unplaced = ind_format_money_spoken (m->own - m->children);
    }
  if (program == NULL)
    return g_strdup_printf (ngettext ("A page of the report is missing: %s row lost its program.",
                                      "A page of the report is missing: %s rows lost their program.",
                                      n),
                            count);
  if (unplaced == NULL)
    return g_strdup_printf (ngettext ("A page of program %s is missing: %s row lost the header it belongs under.",
                                      "A page of program %s is missing: %s rows lost the header they belong under.",
                                      n),
                            ind_item_get_path (program), count);
  *brief = g_strdup_printf (_("A page of program %s is missing: %s of its budget is unaccounted for."),
                            ind_item_get_path (program), unplaced);
  return g_strdup_printf (ngettext ("A page of program %s is missing: %s row lost the header it belongs under, "
                                    "and nothing in the report accounts for %s of its budget.",
                                    "A page of program %s is missing: %s rows lost the header they belong under, "
                                    "and nothing in the report accounts for %s of its budget.",
                                    n),
                          ind_item_get_path (program), count, unplaced);
}

/* The count of what the review of the report lists, for the staff;
 * @brief: without the severities. */
static char *
describe_review_count (IndReport  *report,
                       char      **brief)
{
  guint n = g_list_model_get_n_items (ind_report_get_diagnostics (report));
  g_auto(GStrv) counts = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autofree char *list = NULL;

  *brief = NULL;
  if (n == 0)
    return g_strdup (_("The review of the report found nothing to correct: every figure adds up."));
  counts = ind_findings_count_observations (ind_report_count_diagnostics (report, IND_SEVERITY_ERROR),
                                            ind_report_count_diagnostics (report, IND_SEVERITY_WARNING),
                                            ind_report_count_diagnostics (report, IND_SEVERITY_INFO));
  for (guint i = 0; counts[i] != NULL; i++)
    g_ptr_array_add (parts, counts[i]);
  list = join_list (parts);
  *brief = g_strdup_printf (ngettext ("The review of the report lists %u point to check.",
                                      "The review of the report lists %u points to check.",
                                      n),
                            n);
  return g_strdup_printf (ngettext ("The review of the report lists %u point to check (%s).",
                                    "The review of the report lists %u points to check (%s).",
                                    n),
                          n, list);
}

/* The review's sentences in both forms, most important first, the
 * count last. */
static char **
build_review (IndReport *report,
              gboolean   brief)
{
  g_auto(Scan) scan = { 0 };
  Findings f;
  gboolean differs;
  char *text, *brief_text;

  findings_init (&f, report);
  scan_init (&scan, report);
  g_array_sort (scan.mismatches, by_difference_desc);

  text = describe_sumas (report, &differs, &brief_text);
  if (differs)
    add (&f, 0, text, brief_text);
  else
    {
      g_free (text);
      g_free (brief_text);
    }
  for (guint i = 0; i < scan.lost->len; i++)
    {
      text = describe_lost (g_array_index (scan.lost, IndItem *, i), &scan, &brief_text);
      add (&f, 0, text, brief_text);
    }
  /* The money nothing accounts for is in the sentences of lost pages. */
  for (guint i = 0; i < scan.mismatches->len; i++)
    {
      Mismatch *m = &g_array_index (scan.mismatches, Mismatch, i);

      if (has_lost_child (m->item) && m->children < m->own)
        continue;
      text = describe_mismatch (m, &brief_text);
      add (&f, 0, text, brief_text);
    }
  text = describe_avance_financiero (&scan, FALSE, &brief_text);
  add (&f, 0, text, brief_text);

  if (f.findings->len > MAX_REVIEW - 1)
    g_array_set_size (f.findings, MAX_REVIEW - 1);
  text = describe_review_count (report, &brief_text);
  add (&f, 0, text, brief_text);
  return findings_take (&f, brief);
}

/**
 * ind_findings_build_review:
 *
 * Returns: (transfer full): what is wrong with the report itself, for
 *   the council's data-quality slide: SUMAS, lost pages and the money
 *   nothing accounts for, rows that do not add up, %AV.FIN informado
 *   against calculado, and the count of what the review lists; at most
 *   five sentences, without internal codes or source lines
 */
char **
ind_findings_build_review (IndReport *report)
{
  g_return_val_if_fail (IND_IS_REPORT (report), NULL);
  return build_review (report, FALSE);
}

/**
 * ind_findings_build_review_brief:
 *
 * Returns: (transfer full): the sentences of
 *   ind_findings_build_review(), in the same order and as many, each
 *   said in about fourteen words for a slide
 */
char **
ind_findings_build_review_brief (IndReport *report)
{
  g_return_val_if_fail (IND_IS_REPORT (report), NULL);
  return build_review (report, TRUE);
}
