/* ind-findings-private.h: what the figures say, in plain sentences
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ind-report.h"
#include "ind-semaforo.h"

G_BEGIN_DECLS

/* How the programs stand against the period's pace, beyond the total. */
typedef struct
{
  guint  n_programs;     /* programs with a budget above zero */
  guint  n_behind;       /* behind the pace by 0.05 points or more */
  guint  n_ahead;        /* ahead of it by 0.05 points or more */
  guint  n_off;          /* outside the green band */
  guint  n_far_ahead;    /* beyond the red band, ahead */
  guint  n_far_behind;   /* beyond the red band, behind */
  double mean_distance;  /* budget-weighted mean distance from the pace, in points */
} IndPaceSpread;

/* Sentences for the council, most important first. */
char     **ind_findings_build               (IndReport              *report);
/* The same findings, index for index, in about fourteen words each:
 * what a slide shows. */
char     **ind_findings_build_brief         (IndReport              *report);
/* What is wrong with the report itself, in plain words and with the
 * money at stake, most important first; no internal codes or lines. */
char     **ind_findings_build_review        (IndReport              *report);
char     **ind_findings_build_review_brief  (IndReport              *report);
gboolean   ind_findings_get_spread          (IndReport              *report,
                                             const IndSemaforoBands *bands,
                                             IndPaceSpread          *spread);
char     **ind_findings_count_observations  (guint                   errors,
                                             guint                   warnings,
                                             guint                   notes);

G_END_DECLS
