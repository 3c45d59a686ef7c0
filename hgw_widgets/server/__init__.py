"""Everything that runs in the Jupyter server process, not in a kernel.

- ``serve``: the launcher, ``hgw-werkmap serve | room | lab`` (also ``python -m hgw_widgets ...``);
- ``voila_app``: Voilà itself, started by the launcher (the checkout's template and config first,
  a calmer garbage collector);
- ``room``: room mode's decisions before Voilà starts (token, pool size, join URL, Voilà options);
- ``kernel_manager``, ``kernel_socket``, ``login``: classes Voilà loads by their dotted names
  (``etc/jupyter/voila.json`` and ``room.voila_room_args``);
- ``handlers``, ``owners``, ``hosts``, ``throttle``: room mode's guards (issue 18): a kernel only for its
  participant, a few kernels per participant, accepted ``Host`` names, wrong codes slowed down;
- ``testing``: starting and stopping such a server for tests and benchmarks.

Kernels and views never import this package (``tests/test_architecture.py`` checks the imports,
``tests/server/test_kernels_stay_apart.py`` a running kernel): a chapter's kernel loads only the
widgets, the domain and the exports.
"""
