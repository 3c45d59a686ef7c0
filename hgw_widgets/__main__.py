"""``python -m hgw_widgets serve | room | lab``: the same as the console command ``hgw-werkmap``."""

from hgw_widgets.server.serve import main

main()
