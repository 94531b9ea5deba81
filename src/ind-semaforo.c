/* ind-semaforo.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ind-format.h"
#include "ind-semaforo.h"

void
ind_semaforo_bands_init (IndSemaforoBands *bands)
{
  g_return_if_fail (bands != NULL);

  bands->green = IND_SEMAFORO_DEFAULT_GREEN;
  bands->yellow = IND_SEMAFORO_DEFAULT_YELLOW;
}

/* Distance from the pace either way counts: spending far ahead of the
 * calendar is as much a question for the council as falling behind. */
IndSemaforo
ind_semaforo_classify (const IndSemaforoBands *bands,
                       double                  ejercido,
                       double                  pace)
{
  double distance = fabs (ejercido - pace);

  g_return_val_if_fail (bands != NULL, IND_SEMAFORO_RED);

  if (distance <= bands->green)
    return IND_SEMAFORO_GREEN;
  if (distance <= bands->yellow)
    return IND_SEMAFORO_YELLOW;
  return IND_SEMAFORO_RED;
}

const char *
ind_semaforo_label (IndSemaforo semaforo)
{
  switch (semaforo)
    {
    case IND_SEMAFORO_GREEN:
      return _("On pace");
    case IND_SEMAFORO_YELLOW:
      return _("Off pace");
    case IND_SEMAFORO_RED:
    default:
      return _("Far off pace");
    }
}

/* "Verde: a ±5 puntos del ritmo; amarillo: a ±15; rojo: más lejos." */
char *
ind_semaforo_describe_bands (const IndSemaforoBands *bands)
{
  char green[G_ASCII_DTOSTR_BUF_SIZE], yellow[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (bands != NULL, NULL);

  g_ascii_formatd (green, sizeof green, "%g", bands->green);
  g_ascii_formatd (yellow, sizeof yellow, "%g", bands->yellow);
  return g_strdup_printf (_("Green: within ±%s points of the pace; yellow: within ±%s; red: further."),
                          green, yellow);
}
