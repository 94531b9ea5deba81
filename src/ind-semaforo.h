/* ind-semaforo.h: green, yellow or red against the period's pace
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  IND_SEMAFORO_GREEN,
  IND_SEMAFORO_YELLOW,
  IND_SEMAFORO_RED,
} IndSemaforo;

/* Default bands, in percentage points from the expected pace. */
#define IND_SEMAFORO_DEFAULT_GREEN  5.0
#define IND_SEMAFORO_DEFAULT_YELLOW 15.0

typedef struct
{
  double green;   /* within this many points of the pace: green */
  double yellow;  /* within this many: yellow; beyond: red */
} IndSemaforoBands;

void         ind_semaforo_bands_init (IndSemaforoBands       *bands);
IndSemaforo  ind_semaforo_classify   (const IndSemaforoBands *bands,
                                      double                  ejercido,
                                      double                  pace);
const char  *ind_semaforo_label      (IndSemaforo             semaforo);
char        *ind_semaforo_describe_bands (const IndSemaforoBands *bands);

G_END_DECLS
