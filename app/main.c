/* main.c
 *
 * Copyright 2026 The Indicadores authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ind-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(IndApplication) app = NULL;
  const char *localedir;

  /* INDICADORES_LOCALEDIR lets the tests use the catalogs in the build
   * tree; an installed app uses its own. */
  localedir = g_getenv ("INDICADORES_LOCALEDIR");
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = ind_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
