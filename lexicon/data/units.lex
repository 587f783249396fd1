# Units: the nouns a request is counted in, named in the singular.
# Plurals come from stemming ("sessions" is "session"); list the short
# forms here. Strengths and volumes ("mg", "ml", "mcg") are not counts and
# are left out on purpose.
kind = unit

[unit-session]
name = session
aliases = sess | treatment session

[unit-visit]
name = visit
aliases = appointment | appt
not = anointment

[unit-treatment]
name = treatment
aliases = tx

[unit-tablet]
name = tablet
aliases = tab | tabs | pill | caplet
not = chaplet

[unit-capsule]
name = capsule
aliases = cap | caps

[unit-patch]
name = patch
aliases = patches

[unit-injection]
name = injection
aliases = shot

[unit-unit]
name = unit

[unit-day]
name = day
aliases = days

[unit-week]
name = week
aliases = wk | wks

[unit-month]
name = month
aliases = mo | mos | mth | mths

[unit-hour]
name = hour
aliases = hr | hrs

[unit-gram]
name = gram
aliases = g | gm | gms | gr | grm

[unit-ounce]
name = ounce
aliases = oz

[unit-box]
name = box
aliases = boxes | bx

[unit-refill]
name = refill
aliases = RF

[unit-container]
name = container

[unit-bottle]
name = bottle
not = battle

[unit-tube]
name = tube

[unit-jar]
name = jar

[unit-kit]
name = kit

[unit-pair]
name = pair
aliases = pr

[unit-pack]
name = pack
aliases = packet
not = packer | picket | placket | pocket

[unit-vial]
name = vial

[unit-syringe]
name = syringe

[unit-dose]
name = dose
aliases = doses

[unit-spray]
name = spray

[unit-application]
name = application

[unit-lozenge]
name = lozenge

[unit-suppository]
name = suppository

[unit-strip]
name = strip

[unit-brace]
name = brace

[unit-splint]
name = splint

[unit-wrap]
name = wrap

[unit-pad]
name = pad

[unit-electrode]
name = electrode

[unit-scooter]
name = scooter

[unit-test]
name = test

[unit-study]
name = study
aliases = studies
not = studios

[unit-scan]
name = scan

[unit-rental]
name = rental
not = rectal
