"""The full-screen patient hand-over check-in, ended only by the practitioner's PIN."""
