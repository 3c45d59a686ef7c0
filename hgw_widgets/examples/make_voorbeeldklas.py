"""Generate the fictional example class ``voorbeeldklas.csv`` (run once; output is committed).

Every name is invented (first name + a made-up surname from fruit, trees and
birds), so no real student is in the file. A fixed seed makes the output
reproducible: ``python hgw_widgets/examples/make_voorbeeldklas.py``.
The file looks like a Magister/Somtoday export: semicolons, decimal commas,
a student number and class column, and a few markers ("inh", "vr", "-").
"""

from __future__ import annotations

import random
from hgw_widgets.paths import package_file

SEED = 20260105
FIRST = [
    "Amira", "Bram", "Chaima", "Daan", "Elif", "Finn", "Gijs", "Hiba", "Iris", "Jayden", "Kiki", "Lucas",
    "Mila", "Noah", "Olivia", "Pim", "Quinten", "Roos", "Sem", "Tess", "Umut", "Vera", "Wout", "Yara",
    "Zoë", "Stéphanie",
]
SURNAMES = [
    "Appelboom", "Berkenhout", "Citroenvlinder", "Distelvink", "Eikenblad", "Framboos", "Goudvink",
    "Hazelaar", "IJsvogel", "Jeneverbes", "Kastanje", "Lijsterbes", "Meidoorn", "Notenkraker",
    "Olijfgaard", "Perenbloesem", "Kwartel", "Rozenbottel", "Sleedoorn", "Tortelduif", "Uilenveer",
    "Vlierbes", "Wilgenroos", "Zwaluwstaart", "Zilverspar", "Bosbes",
]
# subject -> (mean, spread): a few subjects lag behind, so class goals are missed there
SUBJECTS = {
    "Nederlands": (6.6, 1.1), "Engels": (6.9, 1.2), "Frans": (5.9, 1.3), "Duits": (6.3, 1.2),
    "Wiskunde": (5.8, 1.5), "Geschiedenis": (6.7, 1.0), "Aardrijkskunde": (6.5, 1.0),
    "Biologie": (6.8, 1.1), "Nask": (6.1, 1.3), "Economie": (6.6, 1.0),
}
MARKERS = {(3, "Frans"): "vr", (8, "Wiskunde"): "inh", (14, "Duits"): "inh", (20, "Nask"): "-"}


def rows(seed: int = SEED) -> list[list[str]]:
    rng = random.Random(seed)
    header = ["Leerlingnummer", "Naam", "Klas", *SUBJECTS]
    out = [header]
    for index, (first, last) in enumerate(zip(FIRST, SURNAMES)):
        ability = rng.gauss(0, 0.6)
        cells = [str(240101 + index), f"{first} {last}", "2B"]
        for subject, (mean, spread) in SUBJECTS.items():
            marker = MARKERS.get((index, subject))
            if marker:
                cells.append(marker)
                continue
            grade = min(10.0, max(1.0, rng.gauss(mean + ability, spread)))
            cells.append(f"{grade:.1f}".replace(".", ","))
        out.append(cells)
    return out


def main() -> None:
    path = package_file("examples", "voorbeeldklas.csv")
    text = "\r\n".join(";".join(r) for r in rows()) + "\r\n"
    path.write_bytes(text.encode("utf-8-sig"))
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
