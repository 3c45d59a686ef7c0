"""The three conversation exercises of chapter 07, one module each; imported from here as before."""

from __future__ import annotations

from .guideline_quiz import GuidelineQuiz
from .metacommunication_exercise import MetacommunicationExercise
from .welles_nietes import WellesNietesExercise

__all__ = ["GuidelineQuiz", "MetacommunicationExercise", "WellesNietesExercise"]
